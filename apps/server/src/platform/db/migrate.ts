import { join } from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { SERVER_ROOT } from '../../config.ts';
import type { Database } from './database.ts';

export const MIGRATIONS_FOLDER = join(SERVER_ROOT, 'src/db/migrations');

export async function runMigrations(database: Database): Promise<void> {
  await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
}
