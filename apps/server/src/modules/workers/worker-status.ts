import { atRiskHorizon, educationPeriod, type RequiredHours } from '@shegong/core';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { socialWorkers, workerRegistrations } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { getSettings } from '../../platform/settings.ts';

/** Today in the platform's time zone (China has one), as 'YYYY-MM-DD'. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** What a worker's registration and continuing-education status depend on besides its rows. */
export interface StatusContext {
  today: string;
  periodYears: number;
  warnMonths: number;
  required: RequiredHours;
}

export async function statusContext(): Promise<StatusContext> {
  const s = await getSettings();
  return {
    today: today(),
    periodYears: s['registration.validityYears'],
    warnMonths: s['education.warnMonths'],
    required: {
      assistant: s['education.requiredHours.assistant'],
      intermediate: s['education.requiredHours.intermediate'],
      senior: s['education.requiredHours.senior'],
    },
  };
}

/**
 * Lateral joins and expressions giving each social_workers row its current registration
 * (the latest issued one that has started, else the latest issued), its latest application
 * and its continuing-education hours in the period that counts. The state expression
 * mirrors `educationState` in @shegong/core, which presents it; the list filter uses this one.
 */
export function workerStatus(ctx: StatusContext) {
  const issued = alias(workerRegistrations, 'issued_r');
  const current = q()
    .select({ curNo: issued.registrationNo, curFrom: issued.validFrom, curUntil: issued.validUntil })
    .from(issued)
    .where(and(eq(issued.workerId, socialWorkers.id), eq(issued.status, 'issued')))
    .orderBy(sql`${issued.validFrom} <= ${ctx.today}::date desc`, desc(issued.validFrom))
    .limit(1)
    .as('cur');
  const applied = alias(workerRegistrations, 'applied_r');
  const latest = q()
    .select({ latestId: applied.id, latestStatus: applied.status, latestKind: applied.kind })
    .from(applied)
    .where(eq(applied.workerId, socialWorkers.id))
    .orderBy(desc(applied.id))
    .limit(1)
    .as('latest');
  const fallback = educationPeriod(null, ctx.today, ctx.periodYears);
  const periodFrom = sql`coalesce(${current.curFrom}, ${fallback.from}::date)`;
  const periodTo = sql`coalesce(${current.curUntil}, ${fallback.to}::date)`;
  const hours = sql<string>`(select coalesce(sum(e.hours), 0)::text from education_records e
    where e.worker_id = ${socialWorkers.id} and e.taken_on between ${periodFrom} and ${periodTo})`;
  const required = sql`(case ${socialWorkers.qualificationLevel}
    when 'assistant' then ${ctx.required.assistant}::numeric
    when 'intermediate' then ${ctx.required.intermediate}::numeric
    when 'senior' then ${ctx.required.senior}::numeric end)`;
  const state = sql<string | null>`(case
    when ${required} is null then null
    when ${hours}::numeric >= ${required} then 'met'
    when ${current.curUntil} is null then 'on_track'
    when ${current.curUntil} < ${ctx.today}::date then 'lapsed'
    when ${current.curUntil} <= ${atRiskHorizon(ctx.today, ctx.warnMonths)}::date then 'at_risk'
    else 'on_track' end)`;
  return {
    current,
    latest,
    hours,
    state,
    /** Columns to add to a select of social_workers joined with `current` and `latest`. */
    columns: {
      curNo: current.curNo,
      curFrom: current.curFrom,
      curUntil: current.curUntil,
      latestId: latest.latestId,
      latestStatus: latest.latestStatus,
      latestKind: latest.latestKind,
      hours,
    },
  };
}

export type WorkerStatus = ReturnType<typeof workerStatus>;

/** Filters on the derived status; `none` means the worker never applied. */
export function registrationStatusIs(status: WorkerStatus, value: string): SQL {
  return value === 'none' ? sql`${status.latest.latestId} is null` : sql`${status.latest.latestStatus} = ${value}`;
}
