import { defineConfig } from 'drizzle-kit';

// Generating migrations needs no server; the address matters only to drizzle-kit's push and studio.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/postgres/schema.ts',
  out: './db/postgres/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/nation_express' },
  strict: true,
  verbose: true,
});
