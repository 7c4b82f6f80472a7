// Prisma CLI configuration (Prisma 7 reads the connection string from here, not from schema.prisma).
// `prisma generate` needs no database; `prisma migrate *` needs DATABASE_URL.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unset' },
});
