#!/usr/bin/env node
// Stands in for Prisma's native `schema-engine` binary, which the Prisma CLI
// would download (and fails to, offline). Point PRISMA_SCHEMA_ENGINE_BINARY
// here (the npm scripts db:* do) and `prisma migrate deploy|status|diff|dev`
// work offline: each JSON-RPC call the CLI writes to stdin is forwarded to the
// WebAssembly schema engine (src/db/schemaEngine.ts), answers go to stdout.
//
// Protocol, as the CLI speaks it: one JSON object per line. The CLI starts us
// with `--datamodels <file>` (repeated) and `--datasource <json>` and sends
// {id, method, params}; we answer {id, result} or {id, error}. Logs are JSON
// lines on stderr ({level, fields: {message}}). Output meant for the user
// (the SQL of `migrate diff`) goes as a `print` request to the CLI, which
// writes it and replies. When the CLI closes stdin, we exit.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
require('tsx/cjs/api').register();
const { openSchemaEngine, describeEngineError, pgConfigFromUrl } = require(path.join(__dirname, '..', 'src', 'db', 'schemaEngine.ts'));
const pg = require('pg');

function parseArgs(argv) {
  const parsed = { datamodels: [], datasource: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--datamodels') parsed.datamodels.push(value);
    else if (flag === '--datasource') parsed.datasource = JSON.parse(value);
    else if (flag === '--version' || flag === '-V') parsed.version = true;
    else if (flag === 'cli') parsed.cliCommand = value;
    else continue;
    if (flag !== '--version' && flag !== '-V') i++;
  }
  return parsed;
}

// `schema-engine --datasource {...} cli <command>`: one-shot commands the CLI
// runs before migrating. Success is exit 0; failure is exit 1 with an ERROR
// line carrying a Prisma error code on stderr.
const PG_TO_PRISMA_CODE = { '3D000': 'P1003', '28P01': 'P1000', ECONNREFUSED: 'P1001', ENOTFOUND: 'P1001', ETIMEDOUT: 'P1002' };

async function runCliCommand(command, url) {
  const config = pgConfigFromUrl(url);
  const client = new pg.Client(command === 'can-connect-to-database' ? config : { ...config, database: 'postgres' });
  try {
    await client.connect();
    const ident = `"${String(config.database).replace(/"/g, '""')}"`;
    if (command === 'create-database') await client.query(`CREATE DATABASE ${ident}`);
    else if (command === 'drop-database') await client.query(`DROP DATABASE ${ident}`);
    else if (command !== 'can-connect-to-database') throw new Error(`The offline schema engine does not support "cli ${command}"`);
  } catch (error) {
    const where = `${config.host}:${config.port}`;
    const code = PG_TO_PRISMA_CODE[error.code];
    const message = code === 'P1003' ? `Database \`${config.database}\` does not exist on the database server at \`${where}\`.` : `${describeEngineError(error)} (${where})`;
    process.stderr.write(`${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { message, error_code: code } })}\n`);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const log = (level, message) => process.stderr.write(`${JSON.stringify({ level, fields: { message }, target: 'schema_engine_offline' })}\n`);

// Requests we send to the CLI (only `print`), awaiting its reply.
const pendingReplies = new Map();
let nextOwnRequestId = 1_000_000_000;
function requestFromCli(method, params) {
  const id = nextOwnRequestId++;
  send({ jsonrpc: '2.0', id, method, params });
  return new Promise((resolve) => pendingReplies.set(id, resolve));
}

function errorResponse(id, error) {
  const message = describeEngineError(error);
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: false, message, error_code: error && error.code, meta: error && error.meta },
    },
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write('schema-engine-offline (WebAssembly schema engine)\n');
    return;
  }
  const url = args.datasource.url || process.env.DATABASE_URL;
  if (args.cliCommand) return runCliCommand(args.cliCommand, url);
  const schemaFiles = args.datamodels.map((file) => ({ path: file, content: fs.readFileSync(file, 'utf8') }));
  const logger = {
    info: (message) => log('INFO', message),
    warn: (message) => log('WARN', message),
  };
  // A fresh engine per call, so every call starts from the same state and
  // leaves no connection or shadow database behind.
  let session;
  const engine = async () => {
    session ??= await openSchemaEngine(url, { schemaFiles: schemaFiles.length ? schemaFiles : undefined, logger });
    return session.engine;
  };
  const engineWithShadowDatabase = async ({ migrationsList, filters }) => {
    const instance = await engine();
    await instance.devDiagnostic({ migrationsList, filters });
    return instance;
  };
  const endSession = async () => {
    const ending = session;
    session = undefined;
    if (ending) await ending.close();
  };

  const handlers = {
    async diff(params) {
      const result = await (await engine()).diff(params);
      // The CLI prints what the engine sends it and ignores `stdout` in the result.
      if (result.stdout) await requestFromCli('print', { content: result.stdout.replace(/\n$/, '') });
      return { exitCode: result.exitCode, stdout: null };
    },
    // The wasm engine sets up its shadow database only in devDiagnostic; these
    // fail with "shadow DB must be provided through an external factory"
    // unless it ran first on the same engine.
    async evaluateDataLoss(params) {
      return (await engineWithShadowDatabase(params)).evaluateDataLoss(params);
    },
    async createMigration(params) {
      return (await engineWithShadowDatabase(params)).createMigration(params);
    },
    async getDatabaseVersion(params) {
      return (await engine()).version(params ?? null);
    },
  };

  // One call at a time, in order, as the native engine does.
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      log('ERROR', `Not JSON: ${line.slice(0, 200)}`);
      return;
    }
    if (message.method === undefined && pendingReplies.has(message.id)) {
      pendingReplies.get(message.id)(message.result);
      pendingReplies.delete(message.id);
      return;
    }
    queue = queue.then(async () => {
      try {
        const handler = handlers[message.method];
        let result;
        if (handler) {
          result = await handler(message.params);
        } else {
          const instance = await engine();
          if (typeof instance[message.method] !== 'function') throw new Error(`The offline schema engine does not support "${message.method}"`);
          result = await instance[message.method](message.params);
        }
        await endSession();
        send({ jsonrpc: '2.0', id: message.id, result: result ?? {} });
      } catch (error) {
        await endSession().catch(() => undefined);
        log('ERROR', describeEngineError(error));
        send(errorResponse(message.id, error));
      }
    });
  });
  // The CLI closes our stdin and then, without waiting, sends SIGTERM: clean
  // up (connections, shadow databases) on whichever comes first.
  await new Promise((resolve) => {
    input.once('close', resolve);
    process.once('SIGTERM', resolve);
  });
  await queue;
  await endSession();
}

main().then(
  () => process.exit(),
  (error) => {
    log('ERROR', describeEngineError(error));
    process.exit(1);
  },
);
