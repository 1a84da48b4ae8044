import type { LedgerEntry, LedgerSummary } from '@shegong/contracts';
import { type Locale, localDateTime, type Period, type ServiceKind } from '@shegong/core';
import { asc } from 'drizzle-orm';
import { clientCategories } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { narrowedScope } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import type { LedgerLine } from './ledger.repository.ts';
import { personAsSeenBy } from './ledger-masking.ts';
import { ledgerMeasures } from './measures.repository.ts';

export const today = (): string => localDateTime(new Date()).date;

/** Measures need a period: by default this calendar year up to today. */
export function periodOf(f: { from?: string; to?: string }): Period {
  const to = f.to ?? today();
  return { from: f.from ?? `${to.slice(0, 4)}-01-01`, to };
}

export interface Category {
  code: string;
  name: string;
  isActive: boolean;
}

export async function categoryList(locale: Locale): Promise<Category[]> {
  const rows = await q().select().from(clientCategories).orderBy(asc(clientCategories.sortOrder), asc(clientCategories.code));
  return rows.map((c) => ({ code: c.code, name: locale === 'zh-CN' ? c.nameZh : c.nameEn, isActive: c.isActive }));
}

/** Whole years between a birth date and a service date. */
export function ageOn(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function presentLine(actor: Actor, line: LedgerLine, categoryNames: Map<string, string>): LedgerEntry {
  const person = line.clientId ? personAsSeenBy(actor, line.organisationId, line) : { name: null, idNumber: null, mobile: null };
  const codes = line.categoryCodes ? line.categoryCodes.split(',') : [];
  return {
    id: line.id,
    servedOn: line.servedOn,
    kind: line.kind as ServiceKind,
    clientId: line.clientId,
    ...person,
    gender: (line.gender as LedgerEntry['gender']) ?? null,
    age: ageOn(line.birthDate, line.servedOn),
    regionCode: line.regionCode,
    communityName: line.communityName,
    categories: codes.map((code) => ({ code, name: categoryNames.get(code) ?? code })),
    serviceType: line.serviceType,
    content: line.content,
    personTimes: line.personTimes,
    workerName: line.workerName,
    stationId: line.stationId,
    stationName: line.stationName ?? '',
    sourceId: line.sourceId,
  };
}

export async function ledgerSummary(
  actor: Actor,
  f: { from?: string; to?: string; stationId?: string; category?: string; regionCode?: string },
  locale: Locale,
): Promise<LedgerSummary> {
  const period = periodOf(f);
  const scope = narrowedScope(actor, f.regionCode);
  const measures = await ledgerMeasures(scope, period, f.stationId ? [f.stationId] : undefined, f.category);
  const categories = (await categoryList(locale)).filter((c) => c.isActive || measures.peopleByCategory[c.code]);
  return {
    ...period,
    ...measures,
    peopleByCategory: categories
      .filter((c) => !f.category || c.code === f.category)
      .map((c) => ({ code: c.code, name: c.name, people: measures.peopleByCategory[c.code] ?? 0 })),
  };
}
