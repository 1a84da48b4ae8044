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

/** Deadlock and serialization failure: PostgreSQL rolled the whole transaction back, so running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

function isRetryable(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && RETRYABLE.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Runs `fn` in one transaction (joining an outer one); before-commit hooks run last, in order.
 * The outermost transaction is run again (up to three times, after a short random pause) when
 * PostgreSQL aborts it as a deadlock victim or a serialization failure: two ledger edits of
 * one person can meet in opposite order in the rollup triggers, and the user should not see it.
 */
export async function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
  if (storage.getStore()) return fn();
  for (let attempt = 1; ; attempt++) {
    try {
      return await database().db.transaction(async (tx) => {
        const context: TxContext = { tx: tx as unknown as Db, beforeCommit: [] };
        return storage.run(context, async () => {
          const result = await fn();
          for (const hook of context.beforeCommit) await hook(context.tx);
          return result;
        });
      });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Registers work to run at the end of the current transaction (e.g. the audit chain append). */
export function beforeCommit(hook: (tx: Db) => Promise<void>): boolean {
  const context = storage.getStore();
  if (!context) return false;
  context.beforeCommit.push(hook);
  return true;
}
