import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    environment: 'node',
    globalSetup: ['db/testing/postgresGlobalSetup.ts'],
  },
  resolve: {
    // Queries are marked server-only; under test they run in plain Node, which is a server too.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') },
  },
});
