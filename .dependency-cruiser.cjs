// Import cycles are checked here rather than in ESLint: eslint-plugin-import-x needs
// unrs-resolver, whose platform packages the registry does not all carry, so `npm ci` could not
// install from the lockfile. dependency-cruiser is plain JavaScript and reads TypeScript itself.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the layers and feature folders must form a tree.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$|\\.json$' },
  },
};
