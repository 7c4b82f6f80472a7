/**
 * docker-compose.yml, checked without Docker (these machines have no engine):
 * parsed as Compose reads it (YAML with merge keys, `$$` for a literal `$`),
 * its services refer to each other, to volumes and configs that exist; the
 * API and the workers run the commands of package.json's scripts with
 * environments that src/config.ts reads and accepts; the API is scaled
 * without host ports behind a proxy; the replica is made with pg_basebackup
 * -R; pgbouncer runs in transaction mode with the databases the API's URLs
 * name. What this cannot show (images pulled, containers talking) is said in
 * the README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

const ROOT = path.resolve(__dirname, '..', '..');
const text = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(text, { merge: true }) as {
  services: Record<string, any>;
  volumes: Record<string, unknown>;
  configs: Record<string, { content: string }>;
};
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const configSource = readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');

/** Compose's interpolation: `$$` is a literal `$`, `${VAR:-default}` its default here. */
const interpolate = (value: string) => value.replace(/\$\{(\w+):-([^}]*)\}/g, (_m, _name, fallback: string) => fallback).replace(/\$\$/g, '$');
const environment = (service: string): Record<string, string> =>
  Object.fromEntries(Object.entries(compose.services[service].environment as Record<string, string>).map(([k, v]) => [k, interpolate(String(v))]));
/** `exec node …` in package.json → the argv a container runs. */
const argvOf = (script: string) => scripts[script]!.replace(/^exec /, '').split(' ');
const ini = (name: string) => compose.configs[name]!.content;

test('every service, volume and config referred to exists', () => {
  const services = Object.keys(compose.services);
  expect(services.sort()).toEqual(['api', 'db', 'db-replica', 'pgbouncer', 'proxy', 'worker']);
  for (const [name, service] of Object.entries(compose.services)) {
    for (const dependency of Object.keys(service.depends_on ?? {})) expect({ name, dependency, exists: services.includes(dependency) }).toEqual({ name, dependency, exists: true });
    for (const volume of service.volumes ?? []) expect(Object.keys(compose.volumes)).toContain(String(volume).split(':')[0]);
    for (const config of service.configs ?? []) expect(Object.keys(compose.configs)).toContain(config.source);
  }
});

test('the API: N replicas without host ports, behind the proxy, configured with variables src/config.ts reads and accepts', () => {
  const api = compose.services.api;
  expect(api.ports).toBeUndefined();
  expect(api.deploy.replicas).toBeGreaterThanOrEqual(2);
  expect(api.command).toBeUndefined(); // the Dockerfile's CMD, which is `npm start`'s command
  expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toContain(`CMD ${JSON.stringify(argvOf('start')).replace(/,/g, ', ')}`);
  const env = environment('api');
  for (const name of Object.keys(env)) expect({ name, read: new RegExp(`^\\s+${name}:`, 'm').test(configSource) }).toEqual({ name, read: true });
  const config = loadConfig({ ...env, ADMIN_TOKEN: '' });
  expect(config.db.pooler).toBe('transaction');
  expect(config.readReplica).toMatchObject({ url: env.DATABASE_READ_URL });
  expect(new URL(env.DATABASE_DIRECT_URL!).hostname).toBe('db');

  // The proxy publishes the one host port and passes every request to the service name, which Docker resolves to every replica.
  const proxy = compose.services.proxy;
  expect(proxy.ports).toEqual(['4000:80']);
  const conf = interpolate(ini('proxy-conf'));
  expect(conf).toContain(`set $api http://api:${config.port};`);
  expect(conf).toMatch(/resolver 127\.0\.0\.11 valid=\d+s/);
});

test('the workers run `npm run worker`’s command against the primary', () => {
  const worker = compose.services.worker;
  expect(worker.command).toEqual(argvOf('worker'));
  expect(worker.deploy.replicas).toBeGreaterThanOrEqual(2);
  const env = environment('worker');
  for (const name of Object.keys(env)) expect(new RegExp(`^\\s+${name}:`, 'm').test(configSource)).toBe(true);
  expect(new URL(loadConfig(env).databaseUrl!).hostname).toBe('db');
});

test('a primary that lets a replica stream, and a replica made from it with pg_basebackup -R on its first start', () => {
  expect(compose.services.db.image).toMatch(/^postgres:\d+/);
  expect(compose.services['db-replica'].image).toBe(compose.services.db.image);
  expect(interpolate(ini('primary-init'))).toContain('host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"');
  const script = interpolate(compose.services['db-replica'].command.join('\n'));
  expect(script).toMatch(/if \[ ! -s "\$PGDATA\/PG_VERSION" \]/);
  expect(script).toMatch(/pg_basebackup -h db .*-R -X stream -S replica1/);
  expect(script).toMatch(/exec docker-entrypoint\.sh postgres$/m);
});

test('pgbouncer in transaction mode, with the two databases the API’s URLs name, on the port they use', () => {
  const conf = ini('pgbouncer-ini');
  expect(conf).toMatch(/^pool_mode = transaction$/m);
  const api = environment('api');
  for (const [variable, server] of [['DATABASE_URL', 'db'], ['DATABASE_READ_URL', 'db-replica']] as const) {
    const url = new URL(api[variable]!);
    expect(url.hostname).toBe('pgbouncer');
    expect(conf).toMatch(new RegExp(`^listen_port = ${url.port}$`, 'm'));
    expect(conf).toMatch(new RegExp(`^${url.pathname.slice(1)} = host=${server} port=5432 dbname=kca$`, 'm'));
  }
  expect(ini('pgbouncer-users')).toContain('"kca" "kca"');
  expect(compose.services.pgbouncer.build.dockerfile_inline).toMatch(/apt-get install -y --no-install-recommends pgbouncer/);
});
