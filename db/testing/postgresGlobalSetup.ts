import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgresServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The whole run's throwaway PostgreSQL server: a database of its own, as the superuser. */
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL server for the whole unit-test run; tests read its URL with `inject('postgresUrl')`. */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgresServer();
  project.provide('postgresUrl', server.url);
  return server.stop;
}
