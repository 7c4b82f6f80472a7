#!/usr/bin/env node
// Runs the Prisma CLI with the offline schema engine (schema-engine-offline.js),
// so nobody sets PRISMA_SCHEMA_ENGINE_BINARY by hand; the npm scripts db:* use it.
// `migrate dev` without DATABASE_URL gets a throwaway embedded Postgres: enough
// for `--create-only`, which only needs a database to replay the history on.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const args = process.argv.slice(2);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(__dirname, 'schema-engine-offline.js'),
  CHECKPOINT_DISABLE: '1', // no telemetry calls home
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const prismaCli = require.resolve('prisma/build/index.js');
const runPrisma = () => spawnSync(process.execPath, [prismaCli, ...args], { stdio: 'inherit', env }).status ?? 1;

async function main() {
  const needsThrowawayDatabase = args[0] === 'migrate' && args[1] === 'dev' && !env.DATABASE_URL;
  if (!needsThrowawayDatabase) return runPrisma();
  require('tsx/cjs/api').register();
  const { startEmbeddedPostgres } = require(path.join(__dirname, '..', 'src', 'db', 'embeddedPostgres.ts'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-dev-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
  try {
    env.DATABASE_URL = server.url;
    process.stderr.write(`DATABASE_URL is unset: using a throwaway embedded Postgres (${server.url})\n`);
    return runPrisma();
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
