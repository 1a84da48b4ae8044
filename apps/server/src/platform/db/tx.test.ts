import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { inTransaction, q } from './tx.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await t.database.pool.query('create table tx_probe (id int primary key, n int not null)');
  await t.database.pool.query('insert into tx_probe values (1, 0), (2, 0)');
});
afterAll(() => t.close());

const bump = (id: number) => q().execute(sql`update tx_probe set n = n + 1 where id = ${id}`);

describe('transactions', () => {
  it('roll back everything on an error that is not a deadlock, and do not retry it', async () => {
    let attempts = 0;
    await expect(
      inTransaction(async () => {
        attempts++;
        await bump(1);
        await q().execute(sql`select 1 / 0`);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
    expect((await t.database.pool.query('select n from tx_probe where id = 1')).rows[0].n).toBe(0);
  });

  // PGlite has one connection: two transactions cannot interleave there, so they cannot deadlock.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'run the deadlock victim again, so both writers succeed and nothing is counted twice',
    async () => {
      let attempts = 0;
      let arrived = 0;
      let release: () => void = () => {};
      const bothHoldALock = new Promise<void>((resolve) => {
        release = resolve;
      });
      const meet = async () => {
        if (++arrived === 2) release();
        await bothHoldALock;
      };
      const writer = (first: number, second: number) =>
        inTransaction(async () => {
          attempts++;
          await bump(first);
          // Only the first attempts wait for each other; a retry goes straight through.
          if (attempts <= 2) await meet();
          await bump(second);
        });
      await Promise.all([writer(1, 2), writer(2, 1)]);
      expect(attempts).toBe(3);
      const rows = (await t.database.pool.query('select id, n from tx_probe order by id')).rows;
      expect(rows).toEqual([
        { id: 1, n: 2 },
        { id: 2, n: 2 },
      ]);
    },
    20_000,
  );
});
