import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from './database.ts';

/**
 * The current executor lives in async-local storage: inside `inTransaction` every
 * repository call uses the transaction, outside it the pool. Repositories call `q()`
 * and never hold a second connection while a transaction is open.
 */
interface TxContext {
  tx: Db;
  beforeCommit: Array<(tx: Db) => Promise<void>>;
}

const storage = new AsyncLocalStorage<TxContext>();
let current: Database | null = null;

export function setDatabase(database: Database | null): void {
  current = database;
}

export function database(): Database {
  if (!current) throw new Error('database not opened');
  return current;
}

export function q(): Db {
  return storage.getStore()?.tx ?? database().db;
}

export function isInTransaction(): boolean {
  return storage.getStore() !== undefined;
}

/** Runs `fn` in one transaction (joining an outer one); before-commit hooks run last, in order. */
export async function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
  if (storage.getStore()) return fn();
  return database().db.transaction(async (tx) => {
    const context: TxContext = { tx: tx as unknown as Db, beforeCommit: [] };
    return storage.run(context, async () => {
      const result = await fn();
      for (const hook of context.beforeCommit) await hook(context.tx);
      return result;
    });
  });
}

/** Registers work to run at the end of the current transaction (e.g. the audit chain append). */
export function beforeCommit(hook: (tx: Db) => Promise<void>): boolean {
  const context = storage.getStore();
  if (!context) return false;
  context.beforeCommit.push(hook);
  return true;
}
