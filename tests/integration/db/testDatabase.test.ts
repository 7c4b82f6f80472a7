// tests/support/database.ts and statementCounter.ts, as other test files use them.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../../src/generated/prisma/client';
import { migrationStatus } from '../../../src/db/migrate';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { createCountingPool, withStatementCounter } from '../../support/statementCounter';

describe('createTestDatabase', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('gives each caller its own migrated database', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    databases.push(first!, second!);
    expect(first!.url).not.toEqual(second!.url);
    expect(await migrationStatus(first!.url)).toEqual({ upToDate: true, pending: [], failed: [] });

    const client = new pg.Client({ connectionString: first!.url });
    await client.connect();
    await client.query("INSERT INTO countries (iso2, iso3, name) VALUES ('UZ', 'UZB', 'Uzbekistan')");
    await client.end();
    const other = new pg.Client({ connectionString: second!.url });
    await other.connect();
    const { rows } = await other.query('SELECT count(*)::int AS n FROM countries');
    await other.end();
    expect(rows[0].n).toBe(0);
  });

  it('drop() removes the database even with connections open, and is idempotent', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    client.on('error', () => undefined); // the forced drop terminates it
    await client.connect();
    await db.drop();
    await db.drop();
    await expect(new pg.Client({ connectionString: db.url }).connect()).rejects.toThrow(/does not exist/);
  });
});

describe('withStatementCounter', () => {
  it('counts the statements a Prisma client sends through the pg adapter', async () => {
    const db = await createTestDatabase();
    const counted = createCountingPool(db.url);
    const prisma = new PrismaClient({ adapter: new PrismaPg(counted.pool) });
    try {
      await prisma.country.create({ data: { iso2: 'KZ', iso3: 'KAZ', name: 'Kazakhstan', aliases: [] } });
      const { result, count, statements } = await withStatementCounter(counted, () =>
        prisma.country.findMany({ where: { iso2: 'KZ' } }),
      );
      expect(result).toHaveLength(1);
      expect(count).toBe(1);
      expect(statements[0]).toMatch(/SELECT/);

      const nested = await withStatementCounter(counted, () =>
        prisma.country.findMany({ include: { organizations: true, persons: true } }),
      );
      expect(nested.count).toBeGreaterThanOrEqual(1);
    } finally {
      await prisma.$disconnect();
      await counted.pool.end();
      await db.drop();
    }
  });
});
