/**
 * The output measures (产出指标): the one definition used by ledger summaries and exports,
 * project progress and dashboards. These pure functions are the specification; the server's
 * SQL (modules/ledger/measures.repository.ts) must return the same numbers, and a test
 * compares both on random data.
 *
 * Common filter, applied to every measure:
 * - scope: the row's regionCode starts with `scope.regionPrefix` and, when the scope names an
 *   organisation, the row's organisationId is it (the same rule as the server's `scopeWhere`);
 * - period: inclusive `from`..`to` ('YYYY-MM-DD'), on the service date (cases: see below);
 * - stationIds: when given, only rows of those stations (an empty list matches nothing);
 * - category: when given, only named rows whose client held the category on the service
 *   date (unnamed headcount rows drop out, since nobody's category is known).
 */

export const SERVICE_KINDS = ['case_visit', 'case_service', 'group_session', 'activity', 'imported'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Inclusive dates 'YYYY-MM-DD'. */
export interface Period {
  from: string;
  to: string;
}

export interface MeasureScope {
  regionPrefix: string;
  organisationId: string | null;
}

export interface MeasureFilter {
  scope: MeasureScope;
  period: Period;
  stationIds?: readonly string[];
  category?: string;
}

/** A service_records row, as far as the measures read it. */
export interface LedgerRecord {
  clientId: string | null;
  stationId: string;
  organisationId: string;
  regionCode: string;
  servedOn: string;
  kind: string;
  sourceId: string | null;
  personTimes: number;
}

/** A cases row, as far as the measures read it. */
export interface CaseRecord {
  clientId: string;
  stationId: string;
  organisationId: string;
  regionCode: string;
  stage: string;
  intakeOn: string;
  closedOn: string | null;
}

/** A client_category_holdings row: the category held from `effectiveFrom` to `effectiveTo` (open when null), both inclusive. */
export interface CategoryHolding {
  clientId: string;
  categoryCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface Measures {
  /** 新开个案: cases taken on (intake date in the period), declined intakes excluded. */
  casesOpened: number;
  /** 在案个案: cases open on at least one day of the period (intake ≤ to, not closed before from), declined excluded. */
  casesActive: number;
  /** 个案探访: case_visit rows in the period (one row per visit). */
  caseVisits: number;
  /** 小组节数: distinct group sessions (sourceId of group_session rows) held in the period. */
  groupSessions: number;
  /** 社区活动: distinct community activities (sourceId of activity rows) held in the period. */
  activities: number;
  /** 服务人次: the sum of person_times of every row in the period, named and headcount. */
  personTimes: number;
  /** 服务人数: distinct named clients with at least one row in the period. */
  peopleServed: number;
  /** 分类服务人数: per category, distinct clients with a row on a date they held that category (categories with none omitted). */
  peopleByCategory: Record<string, number>;
}

export const MEASURE_NAMES = [
  'casesOpened',
  'casesActive',
  'caseVisits',
  'groupSessions',
  'activities',
  'personTimes',
  'peopleServed',
] as const satisfies readonly (keyof Measures)[];
export type MeasureName = (typeof MEASURE_NAMES)[number];

/** Holdings by client, for the "held on this date" test. */
export type HoldingIndex = Map<string, CategoryHolding[]>;

export function indexHoldings(holdings: readonly CategoryHolding[]): HoldingIndex {
  const index: HoldingIndex = new Map();
  for (const h of holdings) {
    const list = index.get(h.clientId) ?? [];
    list.push(h);
    index.set(h.clientId, list);
  }
  return index;
}

/** Whether the client held the category on some day of [from, to] (a single date when from = to). */
export function heldDuring(index: HoldingIndex, clientId: string | null, category: string, from: string, to: string): boolean {
  if (clientId === null || from > to) return false;
  return (index.get(clientId) ?? []).some(
    (h) => h.categoryCode === category && h.effectiveFrom <= to && (h.effectiveTo === null || h.effectiveTo >= from),
  );
}

function inScope(scope: MeasureScope, row: { regionCode: string; organisationId: string }): boolean {
  return row.regionCode.startsWith(scope.regionPrefix) && (scope.organisationId === null || row.organisationId === scope.organisationId);
}

function ofStations(filter: MeasureFilter, stationId: string): boolean {
  return filter.stationIds === undefined || filter.stationIds.includes(stationId);
}

/** The ledger rows every record-based measure counts: in scope, period, stations and (if given) category. */
export function recordsInFilter(records: readonly LedgerRecord[], index: HoldingIndex, filter: MeasureFilter): LedgerRecord[] {
  const { from, to } = filter.period;
  return records.filter(
    (r) =>
      inScope(filter.scope, r) &&
      r.servedOn >= from &&
      r.servedOn <= to &&
      ofStations(filter, r.stationId) &&
      (filter.category === undefined || heldDuring(index, r.clientId, filter.category, r.servedOn, r.servedOn)),
  );
}

export function personTimesOf(rows: readonly LedgerRecord[]): number {
  return rows.reduce((sum, r) => sum + r.personTimes, 0);
}

export function peopleServedOf(rows: readonly LedgerRecord[]): number {
  return new Set(rows.map((r) => r.clientId).filter((id) => id !== null)).size;
}

export function caseVisitsOf(rows: readonly LedgerRecord[]): number {
  return rows.filter((r) => r.kind === 'case_visit').length;
}

/** Distinct sources of one kind: a session or activity counts once however many rows it wrote. */
export function distinctSourcesOf(rows: readonly LedgerRecord[], kind: ServiceKind): number {
  return new Set(rows.filter((r) => r.kind === kind && r.sourceId !== null).map((r) => r.sourceId)).size;
}

export function peopleByCategoryOf(
  rows: readonly LedgerRecord[],
  index: HoldingIndex,
  categories: readonly string[],
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const category of categories) {
    const people = new Set(rows.filter((r) => heldDuring(index, r.clientId, category, r.servedOn, r.servedOn)).map((r) => r.clientId));
    if (people.size > 0) result[category] = people.size;
  }
  return result;
}

/** Cases in scope and stations, not declined; with a category, the client held it on `day` (opened) or during the open span (active). */
function caseBase(c: CaseRecord, filter: MeasureFilter): boolean {
  return c.stage !== 'declined' && inScope(filter.scope, c) && ofStations(filter, c.stationId);
}

export function casesOpenedOf(cases: readonly CaseRecord[], index: HoldingIndex, filter: MeasureFilter): number {
  const { from, to } = filter.period;
  return cases.filter(
    (c) =>
      caseBase(c, filter) &&
      c.intakeOn >= from &&
      c.intakeOn <= to &&
      (filter.category === undefined || heldDuring(index, c.clientId, filter.category, c.intakeOn, c.intakeOn)),
  ).length;
}

export function casesActiveOf(cases: readonly CaseRecord[], index: HoldingIndex, filter: MeasureFilter): number {
  const { from, to } = filter.period;
  return cases.filter((c) => {
    if (!caseBase(c, filter) || c.intakeOn > to || (c.closedOn !== null && c.closedOn < from)) return false;
    if (filter.category === undefined) return true;
    // The days the case was open inside the period.
    const lo = c.intakeOn > from ? c.intakeOn : from;
    const hi = c.closedOn !== null && c.closedOn < to ? c.closedOn : to;
    return heldDuring(index, c.clientId, filter.category, lo, hi);
  }).length;
}

/** Every measure at once, for a filter. `categories` lists the codes peopleByCategory reports on. */
export function computeMeasures(
  data: { records: readonly LedgerRecord[]; cases: readonly CaseRecord[]; holdings: readonly CategoryHolding[] },
  filter: MeasureFilter,
): Measures {
  const index = indexHoldings(data.holdings);
  const rows = recordsInFilter(data.records, index, filter);
  const categories = filter.category !== undefined ? [filter.category] : [...new Set(data.holdings.map((h) => h.categoryCode))];
  return {
    casesOpened: casesOpenedOf(data.cases, index, filter),
    casesActive: casesActiveOf(data.cases, index, filter),
    caseVisits: caseVisitsOf(rows),
    groupSessions: distinctSourcesOf(rows, 'group_session'),
    activities: distinctSourcesOf(rows, 'activity'),
    personTimes: personTimesOf(rows),
    peopleServed: peopleServedOf(rows),
    peopleByCategory: peopleByCategoryOf(rows, index, categories),
  };
}
