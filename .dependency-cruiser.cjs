// Import cycles are checked here rather than in ESLint: eslint-plugin-import-x needs
// unrs-resolver, whose platform packages the registry does not all carry, so `npm ci` could not
// install from the lockfile. dependency-cruiser is plain JavaScript and reads TypeScript itself.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // Feature folders in src/ui (STYLE.md, "Features that keep to themselves"; issue 22). ui/app
    // composes everything. ui/shared serves every feature and imports none. The three views
    // (table, comparison, detail) never import each other. The tools a view uses (catalogue,
    // export, glossary, link, offline, print, sources) import no view and no other tool; print
    // alone may read the views it prints.
    {
      name: 'ui-app-on-top',
      severity: 'error',
      comment: 'ui/app composes the features; no feature imports it.',
      from: { path: '^src/ui/(?!app/)' },
      to: { path: '^src/ui/app/' },
    },
    {
      name: 'ui-shared-imports-no-feature',
      severity: 'error',
      comment: 'ui/shared is used by every feature, so it may import no feature folder.',
      from: { path: '^src/ui/shared/' },
      to: { path: '^src/ui/', pathNot: '^src/ui/shared/' },
    },
    {
      name: 'ui-views-apart',
      severity: 'error',
      comment:
        'A view (table, comparison, detail) imports no other view; views meet in ui/app. Two ' +
        'known exceptions wait for the data-in-a-worker rewrite (issue 19), which moves reading ' +
        "rows out of ui/table: the comparison's rows (use-model → use-table) and the toolbar's " +
        'comparison export (view-summary → use-model).',
      from: {
        path: '^src/ui/(table|comparison|detail)/',
        pathNot: '^src/ui/(comparison/use-model\\.ts|table/view-summary\\.tsx)$',
      },
      to: { path: '^src/ui/(table|comparison|detail)/', pathNot: '^src/ui/$1/' },
    },
    {
      name: 'ui-tools-apart',
      severity: 'error',
      comment:
        'A tool folder imports only ui/shared and the layers below: no view and no other tool.',
      from: { path: '^src/ui/(catalogue|export|glossary|link|offline|sources)/' },
      to: {
        path: '^src/ui/',
        pathNot: ['^src/ui/shared/', '^src/ui/$1/'],
      },
    },
    {
      name: 'ui-print-reads-views-only',
      severity: 'error',
      comment: 'print may import the views it prints, never another tool.',
      from: { path: '^src/ui/print/' },
      to: { path: '^src/ui/(catalogue|export|glossary|link|offline|sources)/' },
    },
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
