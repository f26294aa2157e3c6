// The preview servers Playwright starts: the build at the root, and the same build under a sub-path.
export const PORT = 4173;
export const SUBPATH_PORT = 4174;
export const SUBPATH = '/nested/deploy/path/';
