import boundaries from 'eslint-plugin-boundaries';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

// Layers, lowest first: lib → db → components → app → server → scripts. Each imports itself and the
// layers below it, with two narrowings: components take only types from db/, and only db/ reaches the
// database itself. The tools beside the site (bench/, deploy/, the root configs) use lib/ and db/; the
// browser tests (e2e/) may also read the server's policies and bench/'s Lighthouse runner, to check
// the running site against them.
const MAY_IMPORT = {
  lib: ['lib'],
  db: ['lib', 'db'],
  components: ['lib', 'components'],
  app: ['lib', 'db', 'components', 'app'],
  server: ['lib', 'db', 'components', 'app', 'server'],
  scripts: ['lib', 'db', 'components', 'app', 'server', 'scripts', 'e2e', 'bench', 'deploy'],
  e2e: ['lib', 'db', 'server', 'bench', 'deploy', 'e2e'],
  bench: ['lib', 'db', 'bench'],
  deploy: ['lib', 'db', 'deploy'],
};
const TOOL_RULE =
  'is a tool beside the site: it may import lib/, db/ (not db/client.ts) and itself, never components/, app/, server/, scripts/ or another tool — move what it needs to lib/ or db/';
// Said where a wrong-way import is reported: what the importing layer may import, and what to do instead.
const REFUSAL = {
  lib: 'lib/ holds framework-free rules and types: it imports only lib/, never db/, components/, app/, server/ or scripts/ — move the code it needs down into lib/, or let the caller pass it in',
  db: 'db/ is the only door to data: it imports lib/ and db/ only, never components/, app/ (routes), server/ or scripts/ — move the shared code down to lib/',
  components:
    'components/ are views: they may import lib/, components/ and `import type` from db/, never db/ values, app/ (routes), server/ or scripts/ — move the shared code down to lib/ and pass data in as props',
  app: 'app/ holds routes and their Next-bound glue: it may import lib/, db/ and components/, never server/, scripts/ or the tools (e2e/, bench/, deploy/) — move the shared code down to lib/',
  server:
    'server/ is the HTTP server around Next.js: it may import lib/, db/, components/ and app/, never scripts/ or the tools (e2e/, bench/, deploy/) — move the shared code down to lib/',
  e2e: 'e2e/ tests the running site: it may import lib/, db/ (not db/client.ts), server/, bench/, deploy/ and itself, never components/ or app/ — test those through the browser, or move the rule down to lib/',
  bench: `bench/ ${TOOL_RULE}`,
  deploy: `deploy/ ${TOOL_RULE}`,
};

const FRAMEWORK_PACKAGES = ['next', 'react', 'react-dom', 'server-only'];
const DATABASE_PACKAGES = ['better-sqlite3', 'drizzle-orm', 'pg'];
const DATABASE_HANDLES = ['processStore', 'setProcessStore', 'openDatabase', 'openSqliteStore', 'openPostgresStore', 'openPostgresDatabase'];

const element = (type) => ({ element: { type } });
// Root files are not folders, so they are classified by file category rather than as elements.
const rootFile = (category) => ({ file: { categories: category } });
const OUTSIDE_DB = [{ element: { type: '!db' } }, rootFile(['next-config', 'root-config'])];
const LOCAL = { to: { module: { origin: 'local' } } };

// The last policy that matches an import decides; a refusal reports that policy's message.
const boundaryPolicies = [
  // Every local import is refused with the importer's own rule unless an allow below matches.
  ...Object.entries(REFUSAL).map(([type, message]) => ({ from: element(type), disallow: LOCAL, message })),
  {
    from: rootFile('next-config'),
    disallow: LOCAL,
    message: 'next.config.ts may import lib/ only: Next.js loads it on its own, before the app — move the value it needs to lib/',
  },
  {
    from: rootFile('root-config'),
    disallow: LOCAL,
    message: 'the root config files may import lib/ and db/ only (not db/client.ts) — move what they need to lib/ or db/',
  },

  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  ...Object.entries(MAY_IMPORT).map(([type, allowed]) => ({ from: element(type), allow: { to: allowed.map(element) } })),
  // Types are how views learn the shape of what a page hands them; the values come in as props.
  { from: element('components'), allow: { to: element('db'), dependency: { kind: 'type' } } },
  { from: rootFile('next-config'), allow: { to: element('lib') } },
  { from: rootFile('root-config'), allow: { to: [element('lib'), element('db')] } },

  // The refusals below hold whatever the rules above allow.
  {
    from: element('lib'),
    disallow: { to: { module: { origin: 'external', source: FRAMEWORK_PACKAGES } } },
    message:
      'lib/ imports no framework (next, react, react-dom, server-only; here {{ dependency.source }}) — keep the rule plain TypeScript and do the framework part in app/ or server/',
  },
  {
    from: element('lib'),
    disallow: { to: { module: { origin: 'core', source: ['http', 'node:http'] } } },
    message:
      'lib/ imports no HTTP server ({{ dependency.source }}): take plain values (a path, a header) and let server/ read them from the request',
  },
  {
    from: OUTSIDE_DB,
    disallow: { to: { module: { origin: 'external', source: DATABASE_PACKAGES } } },
    message:
      'only db/ talks to the database: better-sqlite3, pg and drizzle-orm (here {{ dependency.source }}) are imported in db/ alone — call a function of db/ (queries/, newsroom/, processDatabase.ts) instead',
  },
  {
    from: OUTSIDE_DB,
    disallow: { to: element('db'), dependency: { specifiers: DATABASE_HANDLES } },
    message:
      'processStore, setProcessStore and the open… functions hand out a database connection, which stays inside db/ — call a db/ function that does the work (it uses the process store itself)',
  },
  {
    from: OUTSIDE_DB,
    disallow: { to: { element: { type: 'db' }, file: { path: 'db/client.ts' } } },
    message:
      'db/client.ts opens database connections and only db/ imports it — use a db/ function that does the work, or db/processDatabase.ts for the process lifecycle (closeProcessStore, resolveDatabasePath)',
  },
];

const config = [
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Components are shared with the script-free mobile version, which cannot use next/image or
      // next/link; plain <img> with our own srcset and plain <a> serve both versions.
      '@next/next/no-img-element': 'off',
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // The mobile version is a whole HTML document rendered by a route handler, not a page.
    files: ['components/MobileDocument.tsx'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  {
    // Layer boundaries, as set out at the top of this file; eslint.boundaries.test.ts proves them.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/legacy-templates': false,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/elements': Object.keys(MAY_IMPORT).map((type) => ({ type, pattern: type, partialMatch: false })),
      'boundaries/files': [
        { category: 'next-config', pattern: 'next.config.ts', exclusive: true },
        { category: 'root-config', pattern: '*.{js,mjs,cjs,ts}' },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, policies: boundaryPolicies }],
      // A file outside every layer would escape the rules above.
      'boundaries/no-unknown-files': 'error',
    },
  },
];

export default config;
