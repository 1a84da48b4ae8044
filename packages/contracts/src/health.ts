import { z } from 'zod';

/** Liveness: `degraded` when the database does not answer. */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
