import { LIFE_DOMAINS } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { database, q } from '../platform/db/tx.ts';
import type { BenchContext } from './context.ts';
import type { LoadRequest } from './load.ts';

export type BenchUser = 'bench.city' | 'bench.district' | 'bench.worker' | null;

export interface Scenario {
  name: string;
  user: BenchUser;
  concurrency: number[];
  /** Each request is different where the operation cannot repeat (a transition happens once). */
  requests(ctx: BenchContext): LoadRequest[];
  /** The scenario's main query as raw SQL on the same connection pool. */
  raw(ctx: BenchContext): () => Promise<unknown>;
  isWrite?: boolean;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const exec = (query: ReturnType<typeof sql>) => q().execute(query);
const needs = Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { level: 'medium' }]));

export const SCENARIOS: Scenario[] = [
  {
    name: 'login',
    user: null,
    concurrency: [1, 32],
    requests: () => [{ method: 'POST', path: '/api/auth/login', body: { username: 'bench.worker', password: 'Bench@2026x' } }],
    raw: () => () =>
      exec(sql`select u.*, array(select role from user_roles r where r.user_id = u.id) from users u where u.username = 'bench.worker'`),
  },
  {
    name: 'client list by category and region',
    user: 'bench.district',
    concurrency: [1, 32],
    requests: (ctx) => [{ path: `/api/clients?category=elderly_alone&regionCode=${ctx.district}&page=1&pageSize=20` }],
    raw: (ctx) => () =>
      exec(sql`select c.id, c.name, c.id_number_masked, c.birth_date, c.region_code from clients c
        where c.region_code like ${`${ctx.district.slice(0, 6)}%`} and c.status = 'active'
          and exists (select 1 from client_category_holdings h where h.client_id = c.id and h.category_code = 'elderly_alone' and (h.effective_to is null or h.effective_to >= current_date))
        order by c.name_pinyin, c.id limit 20`),
  },
  {
    name: 'client search, 2-character name',
    user: 'bench.worker',
    concurrency: [1, 32],
    requests: (ctx) =>
      ctx.clients.slice(0, 20).map((c) => ({ path: `/api/clients?q=${encodeURIComponent(c.name.slice(0, 2))}&pageSize=20` })),
    raw: (ctx) => () =>
      exec(sql`select id, name from clients where organisation_id = ${ctx.organisationId} and region_code like ${`${ctx.workerRegion.slice(0, 9)}%`}
        and name ilike ${`%${ctx.clients[0]?.name.slice(0, 2)}%`} order by name_pinyin limit 20`),
  },
  {
    name: 'client search, pinyin initials',
    user: 'bench.worker',
    concurrency: [1, 32],
    requests: (ctx) => ctx.clients.slice(0, 20).map((c) => ({ path: `/api/clients?q=${c.initials}&pageSize=20` })),
    raw: (ctx) => () =>
      exec(sql`select id, name from clients where organisation_id = ${ctx.organisationId} and region_code like ${`${ctx.workerRegion.slice(0, 9)}%`}
        and name_initials like ${`%${ctx.clients[0]?.initials}%`} order by name_pinyin limit 20`),
  },
  {
    name: 'one client file',
    user: 'bench.worker',
    concurrency: [1, 32],
    requests: (ctx) => ctx.clients.map((c) => ({ path: `/api/clients/${c.id}` })),
    raw: (ctx) => () =>
      exec(
        sql`select c.*, (select json_agg(h) from client_category_holdings h where h.client_id = c.id) from clients c where c.id = ${ctx.clients[0]?.id}`,
      ),
  },
  {
    name: 'record a visit',
    user: 'bench.worker',
    concurrency: [1, 32],
    isWrite: true,
    requests: (ctx) =>
      ctx.activeCases.map((id) => ({
        method: 'POST',
        path: `/api/cases/${id}/notes`,
        body: { kind: 'visit', occurredOn: today(), mode: 'home_visit', place: '服务对象家中', durationMinutes: 45, content: '入户探访' },
      })),
    raw: (ctx) => async () => {
      const client = await database().pool.connect();
      try {
        await client.query('begin');
        await client.query(
          `insert into case_notes (id, case_id, kind, occurred_on, content, author_user_id, author_name) values (gen_random_uuid(), $1, 'visit', current_date, 'x', gen_random_uuid(), 'x')`,
          [ctx.activeCases[0]],
        );
        await client.query('rollback');
      } finally {
        client.release();
      }
    },
  },
  {
    name: 'case transition (assessment)',
    user: 'bench.worker',
    concurrency: [1, 32],
    isWrite: true,
    requests: (ctx) =>
      ctx.intakeCases.map((id) => ({
        method: 'POST',
        path: `/api/cases/${id}/assessment`,
        body: { assessment: { needs, risks: '独居', strengths: '邻里关系好' }, version: 1 },
      })),
    raw: (ctx) => async () => {
      const client = await database().pool.connect();
      try {
        await client.query('begin');
        await client.query(`update cases set stage = 'assessment', version = version + 1 where id = $1`, [ctx.intakeCases[0]]);
        await client.query('rollback');
      } finally {
        client.release();
      }
    },
  },
  {
    name: 'station dashboard',
    user: 'bench.worker',
    concurrency: [1, 32],
    requests: (ctx) => [{ path: `/api/dashboards?stationId=${ctx.stationId}` }],
    raw: (ctx) => () =>
      exec(sql`select month, sum(person_times) from rollup_station_month where station_id = ${ctx.stationId} group by month`),
  },
  {
    name: 'city dashboard, one year',
    user: 'bench.city',
    concurrency: [1, 32],
    requests: () => [{ path: `/api/dashboards?year=${new Date().getFullYear()}` }],
    raw: () => () =>
      exec(sql`select month, sum(person_times) from rollup_station_month where station_id in (select id from stations where region_code like '4401%')
        and month between ${`${new Date().getFullYear()}-01-01`} and ${`${new Date().getFullYear()}-12-31`} group by month`),
  },
];
