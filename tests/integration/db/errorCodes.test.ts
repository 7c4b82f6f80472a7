/**
 * databaseErrorCode (src/http/errors.ts) on the errors real pg, pg-pool and
 * Prisma (through @prisma/adapter-pg) throw: the codes clients see for a
 * database that is down, a pool that is full and a query that ran too long.
 */
import { createDatabase } from '../../../src/db/client';
import { databaseErrorCode } from '../../../src/http/errors';
import { createTestDatabase, deadUrl, type TestDatabase } from '../../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function caught(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

test('nothing listening: DATABASE_UNAVAILABLE from pg and from Prisma', async () => {
  const db = createDatabase(await deadUrl(), { acquireTimeoutMs: 2000 });
  try {
    expect(databaseErrorCode(await caught(() => db.pool.query('SELECT 1')))).toBe('DATABASE_UNAVAILABLE');
    expect(databaseErrorCode(await caught(() => db.prisma.article.count()))).toBe('DATABASE_UNAVAILABLE');
  } finally {
    await db.close();
  }
});

test('every connection busy past the acquire timeout: DATABASE_BUSY from pg and from Prisma', async () => {
  const db = createDatabase(database.url, { poolMax: 1, acquireTimeoutMs: 300 });
  try {
    const held = await db.pool.connect();
    try {
      expect(databaseErrorCode(await caught(() => db.pool.query('SELECT 1')))).toBe('DATABASE_BUSY');
      expect(databaseErrorCode(await caught(() => db.prisma.article.count()))).toBe('DATABASE_BUSY');
    } finally {
      held.release();
    }
  } finally {
    await db.close();
  }
});

test('a query past statement_timeout: STATEMENT_TIMEOUT', async () => {
  const db = createDatabase(database.url, { statementTimeoutMs: 100 });
  try {
    expect(databaseErrorCode(await caught(() => db.pool.query('SELECT pg_sleep(2)')))).toBe('STATEMENT_TIMEOUT');
    expect(databaseErrorCode(await caught(() => db.prisma.$queryRaw`SELECT pg_sleep(2)`))).toBe('STATEMENT_TIMEOUT');
  } finally {
    await db.close();
  }
});

test('an ordinary SQL error is none of these (it stays masked as INTERNAL_SERVER_ERROR)', async () => {
  const db = createDatabase(database.url);
  try {
    expect(databaseErrorCode(await caught(() => db.pool.query('SELECT * FROM no_such_table')))).toBeUndefined();
  } finally {
    await db.close();
  }
});
