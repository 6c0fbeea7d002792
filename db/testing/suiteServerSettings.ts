/**
 * Settings every server on the suites' database runs with, the suite's own and those tests start
 * beside it. The suites' browsers read stories all the time: a "Most read" list worked out again
 * as they do would drop the pages other tests expect to find cached, so no such server works it
 * out; e2e/most-read.spec.ts does, when it wants the list.
 */
export const SUITE_DATABASE_SERVER_SETTINGS = { MOST_READ_REFRESH_SECONDS: '0' } as const;
