/**
 * `npm run bench`: our GraphQL server against a hand-written-SQL ceiling and
 * against itself answering from memory, over HTTP, in one run.
 *
 *   npm run bench                                  default: 1,000 generated articles; per operation, 3 rounds of 5 s for each variant
 *   npm run bench -- --scale 1,10,100              the same at 1×, 10×, 100× data (bulk-multiplied in SQL)
 *   npm run bench -- --articles 200 --duration 3   quicker
 *   npm run bench -- --ops nested --profile        also writes a CPU profile of the server process to .bench/profiles/
 *   npm run bench -- --server-env GRAPHQL_EXECUTOR=graphql-js   the server with a setting changed
 *   options: --articles N  --seed S  --duration SECONDS  --rounds N  --warmup SECONDS  --connections C  --scale LIST  --ops byId,nested,...
 *
 * Its own database: the embedded Postgres under .bench/pg-run (or DATABASE_URL:
 * give it an empty database, the benchmark truncates and fills it). The corpus
 * is loaded once through the real pipeline and reused by later runs.
 * Writes .bench/results.json and .bench/results.md, prints the table, and ends
 * with `BENCH nested=… byId=… search=… aggregate=… nestedPeer=… byIdPeer=… nestedAll=… byIdAll=…`
 * (ours / ceiling, then ours / PostGraphile, then ours with all workers / ceiling, in requests/s).
 *
 * ALL WORKERS: `npm start`'s own cluster (compiled, one worker per CPU) on the
 * same database (bench/targets.ts); its answers must equal ours before timing.
 *
 * The PEER: PostGraphile 5 (bench/peer/postgraphile.ts) in a process of its
 * own on the same database, for the operations it can express
 * (bench/peer/operations.ts: nested, byId); its answers are compared with
 * ours, in one normalised shape, before anything is timed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile, open } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { openDatabase, type OpenDatabase } from '../src/db/bootstrap';
import { createLogger } from '../src/logger';
import { DEFAULT_CORPUS_SEED } from './corpus';
import { loadCorpus, multiplyCorpus } from './load-corpus';
import { OPERATION_NAMES, OPERATIONS, requestBodies, type OperationName, type RequestBody } from './operations';
import type { ServeReady, ServeStats } from './serve';
import { isPeerOperation, normalise, peerBody, PEER_OPERATIONS } from './peer/operations';
import type { PeerReady, PeerStats } from './peer/postgraphile';
import { startAllWorkers } from './targets';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.bench');
const VARIANTS = ['ceiling', 'ours', 'all', 'memory', 'peer'] as const;
type Variant = (typeof VARIANTS)[number];
/** The variants measured for an operation: the peer only where it can express it. */
const variantsFor = (op: OperationName): Variant[] => VARIANTS.filter((v) => v !== 'peer' || isPeerOperation(op));

interface Options {
  articles: number;
  seed: number;
  duration: number;
  warmup: number;
  rounds: number;
  connections: number;
  scales: number[];
  ops: OperationName[];
  /** Write a V8 CPU profile of the server process to .bench/profiles/ (open it in Chrome DevTools). */
  profile: boolean;
  /** Settings for the measured server on top of the production defaults, e.g. --server-env GRAPHQL_EXECUTOR=graphql-js. */
  serverEnv: Record<string, string>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { articles: 1000, seed: DEFAULT_CORPUS_SEED, duration: 5, warmup: 2, rounds: 3, connections: 10, scales: [1], ops: [...OPERATION_NAMES], profile: false, serverEnv: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--profile') {
      options.profile = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const positive = (): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive whole number, got ${JSON.stringify(value)}`);
      return n;
    };
    if (flag === '--articles') options.articles = positive();
    else if (flag === '--seed') options.seed = positive();
    else if (flag === '--duration') options.duration = positive();
    else if (flag === '--warmup') options.warmup = Number(value);
    else if (flag === '--rounds') options.rounds = positive();
    else if (flag === '--server-env') {
      const eq = value.indexOf('=');
      if (eq < 1) throw new Error(`--server-env takes NAME=VALUE, got ${JSON.stringify(value)}`);
      options.serverEnv[value.slice(0, eq)] = value.slice(eq + 1);
    }
    else if (flag === '--connections') options.connections = positive();
    else if (flag === '--scale') {
      options.scales = value.split(',').map((s) => Number(s.trim()));
      if (options.scales.some((s, j) => !Number.isInteger(s) || s < 1 || (j > 0 && s % options.scales[j - 1]! !== 0)))
        throw new Error(`--scale must be increasing whole multiples, each dividing the next (e.g. 1,10,100), got ${JSON.stringify(value)}`);
    } else if (flag === '--ops') {
      const ops = value.split(',').map((s) => s.trim());
      const unknown = ops.filter((o) => !(OPERATION_NAMES as readonly string[]).includes(o));
      if (unknown.length) throw new Error(`--ops: unknown operation(s) ${unknown.join(', ')}; known: ${OPERATION_NAMES.join(', ')}`);
      options.ops = ops as OperationName[];
    } else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

// ---------------------------------------------------------------- data

/** What the database holds, so a later run with the same corpus reuses it instead of loading again. */
interface CorpusState {
  articles: number;
  seed: number;
  factor: number;
  /** Rows in the articles table after loading (and multiplying). */
  articleRows: number;
  ingest: { articles: number; ms: number; articlesPerSecond: number; peakRssMb: number };
}

const STATE_FILE = path.join(OUT_DIR, 'corpus-state.json');

async function readState(): Promise<CorpusState | null> {
  try {
    return JSON.parse(await readFile(STATE_FILE, 'utf8')) as CorpusState;
  } catch {
    return null;
  }
}

async function articleRows(opened: OpenDatabase): Promise<number> {
  const { rows } = await opened.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
  return rows[0]!.n;
}

/** Empties every table but the migrations log. */
async function truncateAll(opened: OpenDatabase): Promise<void> {
  const { rows } = await opened.db.pool.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length) await opened.db.pool.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} RESTART IDENTITY CASCADE`);
}

/** Brings the database to `articles` generated articles × `factor`, loading or multiplying only what is missing. */
async function ensureCorpus(opened: OpenDatabase, options: Options, factor: number): Promise<CorpusState> {
  let state = await readState();
  const rows = await articleRows(opened);
  const sameCorpus = state && state.articles === options.articles && state.seed === options.seed && state.articleRows === rows;
  if (!state || !sameCorpus || state.factor > factor || factor % state.factor !== 0) {
    log(`loading ${options.articles} generated articles (seed ${options.seed}) through the real pipeline…`);
    await truncateAll(opened);
    let lastShown = 0;
    const result = await loadCorpus(opened.db, {
      articles: options.articles,
      seed: options.seed,
      onProgress: (done, total) => {
        if (done - lastShown >= 100 || done === total) {
          lastShown = done;
          log(`  ${done}/${total} articles`);
        }
      },
    });
    state = {
      articles: options.articles,
      seed: options.seed,
      factor: 1,
      articleRows: await articleRows(opened),
      ingest: { articles: result.articles, ms: Math.round(result.ms), articlesPerSecond: round(result.articles / (result.ms / 1000), 1), peakRssMb: Math.round(result.peakRssMb) },
    };
    await writeState(state);
  }
  if (state.factor < factor) {
    const by = factor / state.factor;
    log(`multiplying the corpus ×${by} in SQL (bulk copy, not the pipeline) to reach ${factor}×…`);
    const started = Date.now();
    await multiplyCorpus(opened.db, by);
    state = { ...state, factor, articleRows: await articleRows(opened) };
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${state.articleRows} article rows`);
    await writeState(state);
  }
  // As autovacuum leaves settled tables: planner statistics, and the visibility map index-only scans need (quick when nothing changed).
  await opened.db.pool.query('VACUUM ANALYZE');
  return state;
}

async function writeState(state: CorpusState): Promise<void> {
  await writeFile(STATE_FILE, JSON.stringify(state, null, 2));
}

// ---------------------------------------------------------------- servers

interface Servers {
  urls: Record<Variant, string>;
  stats(): Promise<ServeStats>;
  peerStats(): Promise<PeerStats>;
  stop(): Promise<void>;
}

/** A forked benchmark process that reports `ready` over IPC and answers `stats` / `stop`. */
async function forkServer<Ready>(script: string, args: string[], logName: string, execArgv: string[], env: NodeJS.ProcessEnv) {
  const logFile = await open(path.join(OUT_DIR, logName), 'w');
  const child: ChildProcess = fork(script, args, { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', logFile.fd, logFile.fd, 'ipc'], env });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited with code ${code} before it was ready: see .bench/${logName}`)));
  });
  return {
    ready,
    stats: <S>() =>
      new Promise<S>((resolve) => {
        child.once('message', (m) => resolve(m as S));
        child.send({ kind: 'stats' });
      }),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ kind: 'stop' });
      await exited;
      await logFile.close();
    },
  };
}

async function startServers(databaseUrl: string, profile: boolean, serverEnv: Record<string, string>): Promise<Servers> {
  // As deployed: libraries such as graphql-js (and grafast) skip development-only checks under NODE_ENV=production.
  const env = { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' };
  // --profile: our server's profiles in .bench/profiles/, PostGraphile's in .bench/profiles/postgraphile/.
  const profiling = (dir: string) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
  const ours = await forkServer<ServeReady>(path.join(__dirname, 'serve.ts'), [databaseUrl, JSON.stringify(serverEnv)], 'server.log', profiling(path.join(OUT_DIR, 'profiles')), env);
  // PostGraphile in a process of its own, with the same pool size as ours; only it loads the Promise.withResolvers shim.
  const peer = await forkServer<PeerReady>(path.join(__dirname, 'peer', 'postgraphile.ts'), [databaseUrl], 'peer.log', profiling(path.join(OUT_DIR, 'profiles', 'postgraphile')), {
    ...env,
    ...(serverEnv.DB_POOL_MAX ? { DB_POOL_MAX: serverEnv.DB_POOL_MAX } : {}),
  }).catch(async (e: unknown) => {
    await ours.stop();
    throw e;
  });
  // Ours with every core: `npm start`'s own cluster (bench/targets.ts).
  const all = await startAllWorkers(databaseUrl, serverEnv, path.join(OUT_DIR, 'cluster.log')).catch(async (e: unknown) => {
    await Promise.all([ours.stop(), peer.stop()]);
    throw e;
  });
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const ports = ours.ready.ports;
  return {
    urls: { ours: url(ports.ours), all: all.url, ceiling: url(ports.ceiling), memory: url(ports.memory), peer: url(peer.ready.port) },
    stats: () => ours.stats<ServeStats>(),
    peerStats: () => peer.stats<PeerStats>(),
    async stop() {
      await Promise.all([ours.stop(), peer.stop(), all.stop()]);
    },
  };
}

// ---------------------------------------------------------------- measuring

async function post(url: string, body: { operationName: string; variables: unknown }): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || json.errors) throw new Error(`${body.operationName} ${JSON.stringify(body.variables)} → HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json;
}

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${k}`);
  }
  return `${at}: equal`;
}

interface Check {
  /** Most SQL statements one request of the operation sent (our server). */
  statementsMax: number;
  ceilingStatements: number;
  /** Most SQL statements one request sent from PostGraphile (null where it has no form of the operation). */
  peerStatements: number | null;
  bytes: number;
}

/**
 * Sends every request body once to each variant, one at a time: the three
 * answers must be equal (same data, same shape), our statement count per
 * request must stay within levels + 1, and the in-memory snapshot is filled.
 */
async function checkOperation(servers: Servers, op: OperationName, bodies: RequestBody[]): Promise<Check> {
  const limit = OPERATIONS[op].levels + 1;
  let statementsMax = 0;
  let ceilingStatements = 0;
  let peerStatements: number | null = null;
  let bytes = 0;
  if (isPeerOperation(op)) await servers.peerStats(); // clears its count (PostGraphile introspected at start)
  for (const body of bodies) {
    await servers.stats(); // clears the counts (the in-memory server's first sightings go through our pool)
    const ours = await post(servers.urls.ours, body);
    const counted = await servers.stats();
    if (counted.ours > limit) {
      throw new Error(`${op}: ${counted.ours} SQL statements for one request, more than ${limit} (one per nesting level + 1):\n  ${counted.oursSql.map((s) => s.replace(/\s+/g, ' ').slice(0, 160)).join('\n  ')}`);
    }
    statementsMax = Math.max(statementsMax, counted.ours);
    const ceiling = await post(servers.urls.ceiling, body);
    ceilingStatements = Math.max(ceilingStatements, (await servers.stats()).ceiling);
    // `data` must be equal; our `extensions` (e.g. the query cost the limits report) are ours alone.
    if (!isDeepStrictEqual(ours.data, ceiling.data)) throw new Error(`${op} ${JSON.stringify(body.variables)}: the ceiling's answer differs from ours at ${firstDifference(ours.data, ceiling.data)}`);
    await post(servers.urls.memory, body); // fills the snapshot
    const memory = await post(servers.urls.memory, body);
    if (!isDeepStrictEqual(ours.data, memory.data)) throw new Error(`${op} ${JSON.stringify(body.variables)}: the in-memory answer differs from ours at ${firstDifference(ours.data, memory.data)}`);
    const all = await post(servers.urls.all, body);
    if (!isDeepStrictEqual(ours.data, all.data)) throw new Error(`${op} ${JSON.stringify(body.variables)}: the cluster's answer differs from ours at ${firstDifference(ours.data, all.data)}`);
    if (isPeerOperation(op)) {
      // PostGraphile's schema is its own: the same records, in the same order, once both are in one shape.
      const peer = await post(servers.urls.peer, peerBody(body));
      peerStatements = Math.max(peerStatements ?? 0, (await servers.peerStats()).statements);
      const [a, b] = [normalise(op, ours.data), normalise(op, peer.data)];
      if (!isDeepStrictEqual(a, b)) throw new Error(`${op} ${JSON.stringify(body.variables)}: PostGraphile's answer differs from ours at ${firstDifference(a, b)}`);
    }
    bytes = Math.max(bytes, JSON.stringify(ours).length);
  }
  await servers.stats();
  return { statementsMax, ceilingStatements, peerStatements, bytes };
}

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** SQL statements per request under load (0 for the in-memory variant, 1 for the ceiling). */
  statementsPerRequest: number;
}

async function load(url: string, bodies: readonly object[], seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Each connection cycles through the bodies.
    requests: bodies.map((b) => ({ method: 'POST', body: JSON.stringify(b) })),
  });
}

/** One timed run of one variant; the first round of each is preceded by a warm-up run (JIT, pool connections). */
async function measure(servers: Servers, variant: Variant, op: OperationName, bodies: RequestBody[], options: Options, roundIndex: number): Promise<Measure> {
  const sent = variant === 'peer' ? bodies.map(peerBody) : bodies;
  if (roundIndex === 0 && options.warmup > 0) await load(servers.urls[variant], sent, options.warmup, options.connections);
  await servers.stats();
  if (variant === 'peer') await servers.peerStats();
  const r = await load(servers.urls[variant], sent, options.duration, options.connections);
  const stats = await servers.stats();
  const peerStatements = variant === 'peer' ? (await servers.peerStats()).statements : 0;
  const failed = r.errors + r.timeouts + r.non2xx;
  if (failed > 0) throw new Error(`${variant} ${op}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses under load`);
  if (variant === 'memory' && stats.memoryMisses > 0) throw new Error(`memory ${op}: ${stats.memoryMisses} statements reached Postgres under load; the snapshot should answer all`);
  const requests = r.requests.total;
  // The cluster's workers are not counted (bench/targets.ts): 0.
  const statements = variant === 'ours' ? stats.ours : variant === 'ceiling' ? stats.ceiling : variant === 'peer' ? peerStatements : variant === 'all' ? 0 : stats.memoryMisses;
  return { requestsPerSecond: round(r.requests.average, 0), p50: r.latency.p50, p99: r.latency.p99, requests, statementsPerRequest: round(statements / Math.max(requests, 1), 2) };
}

// ---------------------------------------------------------------- report

interface OperationResult {
  operation: OperationName;
  label: string;
  levels: number;
  statementsMax: number;
  responseBytes: number;
  ceiling: Measure;
  ours: Measure;
  memory: Measure;
  /** PostGraphile 5, where it can express the operation. */
  peer: Measure | null;
  peerStatementsMax: number | null;
  /** Our server using every core: `npm start`'s cluster, one worker per CPU (bench/targets.ts). */
  oursAllWorkers: Measure | null;
  /** ours with all workers / ceiling, requests per second. */
  allRatio: number | null;
  /** ours / ceiling, requests per second. */
  ratio: number;
  memoryRatio: number;
  /** ours (one process) / PostGraphile, requests per second. */
  peerRatio: number | null;
}

interface ScaleResult {
  factor: number;
  articleRows: number;
  operations: OperationResult[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string) => console.log(line);

function table(scale: ScaleResult): string {
  const head =
    '| operation | ours req/s | p50 ms | p99 ms | SQL/req | ours, all workers req/s | PostGraphile req/s | p50 | p99 | SQL/req | ceiling req/s | p50 | p99 | in-memory req/s | p50 | p99 | ours/ceiling | in-memory/ceiling | ours/PostGraphile | all workers/ceiling |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const na = 'n/a';
  const rows = scale.operations.map((o) => {
    // PostGraphile's SQL/req is the mean under load: its first requests on a new connection also send session set-up statements.
    const peer = o.peer ? `${o.peer.requestsPerSecond} | ${o.peer.p50} | ${o.peer.p99} | ${o.peer.statementsPerRequest}` : `${na} | | | `;
    return `| ${o.operation} (${o.label}) | ${o.ours.requestsPerSecond} | ${o.ours.p50} | ${o.ours.p99} | ${o.statementsMax} (≤ ${o.levels + 1}) | ${o.oursAllWorkers?.requestsPerSecond ?? na} | ${peer} | ${o.ceiling.requestsPerSecond} | ${o.ceiling.p50} | ${o.ceiling.p99} | ${o.memory.requestsPerSecond} | ${o.memory.p50} | ${o.memory.p99} | **${o.ratio.toFixed(2)}** | ${o.memoryRatio.toFixed(2)} | ${o.peerRatio === null ? na : `**${o.peerRatio.toFixed(2)}**`} | ${o.allRatio === null ? na : `**${o.allRatio.toFixed(2)}**`} |`;
  });
  return [head, rule, ...rows].join('\n');
}

function curve(scales: ScaleResult[], ops: OperationName[]): string {
  const head = `| operation | ${scales.map((s) => `${s.factor}× (${s.articleRows} articles): ours req/s · p50 · p99 · SQL · ours/ceiling`).join(' | ')} |`;
  const rule = `|---|${scales.map(() => '---:').join('|')}|`;
  const rows = ops.map((op) => {
    const cells = scales.map((s) => {
      const o = s.operations.find((x) => x.operation === op)!;
      return `${o.ours.requestsPerSecond} · ${o.ours.p50} ms · ${o.ours.p99} ms · ${o.statementsMax} · ${o.ratio.toFixed(2)}`;
    });
    return `| ${op} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await mkdir(OUT_DIR, { recursive: true });
  const started = Date.now();
  // Its own embedded Postgres, apart from the dev database (.data) and from bench:ingest's.
  const config = loadConfig({ ...process.env, DATA_DIR: path.join(OUT_DIR, 'pg-run'), LOG_LEVEL: 'warn' });
  const opened = await openDatabase(config, createLogger('warn'));
  const scales: ScaleResult[] = [];
  let state: CorpusState | undefined;
  try {
    for (const factor of options.scales) {
      state = await ensureCorpus(opened, options, factor);
      log(`\n== ${factor}× data: ${state.articleRows} article rows; ${options.connections} connections, best of ${options.rounds} × ${options.duration} s per variant (after ${options.warmup} s warm-up) ==`);
      const servers = await startServers(opened.url, options.profile, options.serverEnv);
      try {
        const bodies = await requestBodies(opened.db.pool);
        const operations: OperationResult[] = [];
        for (const op of options.ops) {
          const check = await checkOperation(servers, op, bodies[op]);
          // Rounds alternate the variants, and each variant keeps its best round: on a machine shared with
          // other work, a slow round says more about the neighbours than about the server.
          const measured = {} as Record<Variant, Measure>;
          for (let r = 0; r < options.rounds; r++) {
            for (const variant of variantsFor(op)) {
              const m = await measure(servers, variant, op, bodies[op], options, r);
              if (!measured[variant] || m.requestsPerSecond > measured[variant].requestsPerSecond) measured[variant] = m;
            }
          }
          const result: OperationResult = {
            operation: op,
            label: OPERATIONS[op].label,
            levels: OPERATIONS[op].levels,
            statementsMax: check.statementsMax,
            responseBytes: check.bytes,
            ours: measured.ours,
            ceiling: measured.ceiling,
            memory: measured.memory,
            peer: measured.peer ?? null,
            peerStatementsMax: check.peerStatements,
            oursAllWorkers: measured.all ?? null,
            allRatio: measured.all ? round(measured.all.requestsPerSecond / measured.ceiling.requestsPerSecond, 3) : null,
            ratio: round(measured.ours.requestsPerSecond / measured.ceiling.requestsPerSecond, 3),
            memoryRatio: round(measured.memory.requestsPerSecond / measured.ceiling.requestsPerSecond, 3),
            peerRatio: measured.peer ? round(measured.ours.requestsPerSecond / measured.peer.requestsPerSecond, 3) : null,
          };
          // Under load the count also holds the statements of up to `connections` requests still in flight at either end of the run.
          const allowed = (result.levels + 1) * (measured.ours.requests + 2 * options.connections);
          if (measured.ours.statementsPerRequest * measured.ours.requests > allowed) throw new Error(`${op}: ${measured.ours.statementsPerRequest} SQL statements per request under load, more than ${result.levels + 1}`);
          operations.push(result);
          log(`${op.padEnd(9)} ours ${result.ours.requestsPerSecond} req/s (p50 ${result.ours.p50} ms, p99 ${result.ours.p99} ms, ${check.statementsMax} SQL) · ceiling ${result.ceiling.requestsPerSecond} req/s · in-memory ${result.memory.requestsPerSecond} req/s${result.peer ? ` · PostGraphile ${result.peer.requestsPerSecond} req/s (${result.peer.statementsPerRequest} SQL/req)` : ''} · ours/ceiling ${result.ratio.toFixed(2)}${result.peerRatio === null ? '' : ` · ours/PostGraphile ${result.peerRatio.toFixed(2)}`}`);
        }
        scales.push({ factor, articleRows: state.articleRows, operations });
      } finally {
        await servers.stop();
      }
    }
  } finally {
    await opened.close();
  }

  const first = scales[0]!;
  const ingest = state!.ingest;
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    options,
    corpus: { articles: state!.articles, seed: state!.seed, source: 'generated articles through the real pipeline; larger scales bulk-multiplied in SQL' },
    ingest,
    scales,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const peerVersion = (JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as { version: string }).version;
  const ratio = (op: OperationName) => first.operations.find((o) => o.operation === op)?.ratio.toFixed(2) ?? 'n/a';
  const peerRatio = (op: OperationName) => first.operations.find((o) => o.operation === op)?.peerRatio?.toFixed(2) ?? 'n/a';
  const allRatio = (op: OperationName) => first.operations.find((o) => o.operation === op)?.allRatio?.toFixed(2) ?? 'n/a';
  const benchLine = `BENCH nested=${ratio('nested')} byId=${ratio('byId')} search=${ratio('search')} aggregate=${ratio('aggregate')} nestedPeer=${peerRatio('nested')} byIdPeer=${peerRatio('byId')} nestedAll=${allRatio('nested')} byIdAll=${allRatio('byId')}`;
  const markdown = [
    `Benchmark ${results.date}: ${first.articleRows} articles (${state!.articles} generated, seed ${state!.seed}), ${options.connections} connections, best of ${options.rounds} alternating ${options.duration} s runs per variant, ${results.machine.cpus} CPUs, Node ${process.version}. PostGraphile ${peerVersion} in its own process (${PEER_OPERATIONS.join(', ')}); ours, all workers: ${results.machine.cpus} worker processes (\`npm start\`'s cluster, compiled).`,
    '',
    table(first),
    '',
    `Ingestion (${ingest.articles} articles through the real pipeline): ${ingest.articlesPerSecond} articles/s, peak RSS ${ingest.peakRssMb} MB.`,
    ...(scales.length > 1 ? ['', 'Scaling (larger sizes bulk-multiplied in SQL):', '', curve(scales, options.ops), ...scales.slice(1).flatMap((s) => ['', `${s.factor}×:`, '', table(s)])] : []),
    '',
    benchLine,
  ].join('\n');
  await writeFile(path.join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2));
  await writeFile(path.join(OUT_DIR, 'results.md'), markdown + '\n');
  log(`\n${markdown}`);
}

main().catch((e: unknown) => {
  console.error(`\nbench failed: ${(e as Error).message}`);
  process.exit(1);
});
