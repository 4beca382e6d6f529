/**
 * The layers of the code and the directions they may depend in, checked in
 * `npm test` (npm run deps). From the bottom up:
 *   engine → scenario → replay → share → classroom → view → store → ui
 * with cli beside store (it may use everything but the screens), and the message
 * catalogs (i18n) beside the engine: words for every layer above it, rules for none. A layer
 * imports only the layers below it; nothing imports in a cycle.
 */
const layer = (name, mayUse) => ({
  name: `${name}-layer`,
  comment: `src/${name} may depend only on ${mayUse.length ? mayUse.join(', ') : 'itself'}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...mayUse.map((m) => `^src/${m}/`)] },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules must not depend on each other in a cycle: layers have one direction.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('engine', []),
    layer('i18n', ['engine']),
    layer('scenario', ['engine', 'i18n']),
    layer('replay', ['engine', 'scenario', 'i18n']),
    layer('share', ['engine', 'scenario', 'replay', 'i18n']),
    layer('classroom', ['engine', 'scenario', 'replay', 'share', 'i18n']),
    layer('view', ['engine', 'scenario', 'replay', 'share', 'classroom', 'i18n']),
    layer('store', ['engine', 'scenario', 'replay', 'share', 'classroom', 'view', 'i18n']),
    layer('cli', ['engine', 'scenario', 'replay', 'share', 'classroom', 'view', 'i18n']),
    {
      name: 'engine-is-pure',
      comment:
        'The engine is pure and deterministic: no packages but seedrandom, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: {
        pathNot: ['^src/engine/', 'node_modules/seedrandom/'],
      },
    },
    {
      name: 'scenes-hold-no-rules',
      comment:
        'Screens reach the engine through its public face (engine/index.ts) and the advisor, never its rules.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: {
        path: '^src/engine/',
        pathNot: ['^src/engine/index\\.ts$', '^src/engine/advisor(-service|-worker)?\\.ts$'],
      },
    },
    {
      name: 'views-hold-no-rules',
      comment:
        'View models read the engine; they never run the turn machinery themselves (dynamics, transactions, packed tables).',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { path: '^src/engine/(dynamics|turn|tx|packed|tables|signals|effects|endings)\\.ts$' },
    },
    {
      name: 'phaser-only-in-ui',
      comment: 'Only the screens draw: Phaser stays out of every other layer.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: 'node_modules/phaser/|^src/ui/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'phaser-src|src/ui/phaser/phaser-lite\\.js' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    skipAnalysisNotInRules: false,
  },
};
