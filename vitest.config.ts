import { defineConfig } from 'vitest/config';

const server = (name: string, databaseUrl: string) => ({
  test: {
    name,
    include: ['apps/server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    // Each test file opens its own database: PGlite in memory, or a fresh PostgreSQL database.
    env: { TEST_DATABASE_URL: databaseUrl },
  },
});

/** The server suites always run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set. */
const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/web/src/**/*.test.ts'] } },
      server('server', ''),
      ...(postgresUrl ? [server('server-pg', postgresUrl)] : []),
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          env: { TEST_DATABASE_URL: '' },
        },
      },
    ],
  },
});
