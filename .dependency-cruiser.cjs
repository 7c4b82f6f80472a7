/**
 * The layers' import arrows, enforced by dependency-cruiser (`npm run check:layers`, and
 * tests/unit/layers.test.ts in `npm test`). Data flows articles → ingest → db → loaders →
 * schema → HTTP; each rule below names an arrow that must not exist.
 *
 * What an import graph cannot show (process.env read outside src/config.ts, raw Prisma
 * queries, transactions, Prisma model calls and SQL text outside src/db) is checked by
 * tests/support/layers.ts, which check:layers runs after this.
 *
 * Paths are as dependency-cruiser resolves them, relative to the repository root: local
 * files as "src/db/records.ts", packages as "node_modules/graphql/index.js" (or the bare
 * name when a package has types only and nothing to resolve to, as
 * @graphql-typed-document-node/core). src/generated and packages are not followed: their
 * own imports are not ours.
 */

/** Everything GraphQL: graphql itself, graphql-*, @apollo/*, @graphql-* and the generated resolver types. */
const GRAPHQL = ['^(node_modules/)?(graphql|graphql-[^/]*|@apollo/[^/]+|@graphql-[^/]*/[^/]+)(/|$)', '^src/generated/graphql(\\.ts)?$'];
/** The API side: resolvers, loaders, HTTP, the server and its context, limits, auth, execution, the IDE and explorer pages, the SDK. */
const API = ['^src/(schema|loaders|http|limits|auth|execution|ide|sdk|explorer|web)/', '^src/server', '^src/context\\.ts$'];
/** The database driver and Prisma's runtime (Prisma's types and its generated enums are fine anywhere). */
const DB_DRIVER = ['^(node_modules/)?(pg|@prisma/[^/]+)(/|$)', '^src/generated/prisma/client\\.ts$', '^src/generated/prisma/internal'];
/**
 * The one import cycle in the tree when the rules came in, allowed by name so a new one fails:
 * collector.ts → quotes.ts (quoteText, at run time) → collector.ts (`import type { StatementCollector }`,
 * a type only, so no load-order problem). Remove the entry once the type moves out of collector.ts.
 */
const KNOWN_CYCLE = '^src/ingest/extract/statements/(collector|quotes)\\.ts$';
/** Type-only imports vanish at compile time: `import type`, `import { type A }`, `export type`, `import('x').T`. */
const TYPE_ONLY = ['type-only', 'type-import'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'db-reaches-graphql',
      comment:
        'src/db knows nothing of the API: no src/db file may reach a GraphQL module (graphql, graphql-*, @apollo/*, @graphql-*, src/generated/graphql), ' +
        'directly or through any chain of src imports, type-only ones included. The database layer must stay usable by ingest and the CLIs without GraphQL.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: GRAPHQL, reachable: true },
    },
    {
      name: 'db-imports-upper-layer',
      comment:
        'src/db sits below ingest and the API: it imports nothing from src/ingest, the loaders, the resolvers (src/schema), HTTP, the server or the rest of the API. ' +
        'Data flows articles → ingest → db → loaders → schema → HTTP, never back.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: [...API, '^src/ingest/'] },
    },
    {
      name: 'ingest-imports-api',
      comment:
        'The ingest pipeline never knows GraphQL exists: src/ingest imports nothing from the API (schema, loaders, http, server, context, limits, auth, execution, ide, sdk) ' +
        'nor any GraphQL module.',
      severity: 'error',
      from: { path: '^src/ingest/' },
      to: { path: [...API, ...GRAPHQL] },
    },
    {
      name: 'db-driver-outside-db',
      comment:
        'SQL and Prisma only in src/db: outside it no value import of pg, @prisma/* or the Prisma client (src/generated/prisma/client, its internal/ folder). ' +
        'Type-only imports and the generated enums are fine: they carry no connection.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(db|generated)/' },
      to: { path: DB_DRIVER, dependencyTypesNot: TYPE_ONLY },
    },
    {
      name: 'schema-bypasses-loaders',
      comment:
        'Resolvers reach the database through the loaders (batching, one query per request shape): at run time src/schema may use from src/db only the registry (data), ' +
        'the error types and the write functions of merge.ts. Types may come from anywhere in src/db.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/db/', pathNot: '^src/db/(registry|errors|merge)\\.ts$', dependencyTypesNot: TYPE_ONLY },
    },
    {
      name: 'explorer-uses-public-api',
      comment:
        "The explorer's browser code (src/explorer/client) is a client of the public GraphQL API and nothing else: from src it imports only the SDK " +
        '(src/sdk/index.ts, its generated documents) and the shared URL helpers (src/explorer/routes.ts), never the server, schema, loaders or database.',
      severity: 'error',
      from: { path: '^src/explorer/client/' },
      to: { path: '^src/', pathNot: ['^src/explorer/client/', '^src/sdk/(index|generated)\\.ts$', '^src/explorer/routes\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment:
        'No import cycles (type-only imports included): a cycle blurs which module is the lower layer and makes load order matter. ' +
        'The one existing cycle is allowed by name (KNOWN_CYCLE); any cycle through another module fails.',
      severity: 'error',
      from: {},
      // A cycle made only of KNOWN_CYCLE's modules passes; one that goes through any other module is caught.
      to: { circular: true, via: { pathNot: KNOWN_CYCLE } },
    },
  ],
  options: {
    // Keep `import type` edges (dropped by the compiler, not by us): the GraphQL-reach and upper-layer rules count them, the others skip them by dependency type.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
  },
};
