// The preview servers Playwright starts: the build at the root, and the same build under a sub-path.
// E2E_PORT moves both, so two checkouts can run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = PORT + 1;
export const SUBPATH = '/nested/deploy/path/';
