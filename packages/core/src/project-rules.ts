/**
 * Purchased projects: status flow, the personnel-share rule (Guangzhou: personnel ≥ 65 % of
 * spending since 2018, a setting), budget execution and pace against elapsed time.
 */
export const PROJECT_STATUSES = ['draft', 'contracted', 'in_service', 'mid_evaluated', 'final_evaluated', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function nextProjectStatus(status: ProjectStatus): ProjectStatus | null {
  const i = PROJECT_STATUSES.indexOf(status);
  return i >= 0 && i < PROJECT_STATUSES.length - 1 ? (PROJECT_STATUSES[i + 1] ?? null) : null;
}

export const BUDGET_CATEGORIES = ['personnel', 'activities', 'supervision', 'administration', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const TARGET_INDICATORS = [
  'cases',
  'case_visits',
  'group_sessions',
  'activities',
  'person_times',
  'people_served',
  'people_in_category',
  'communities_covered',
] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];

/** Money is handled in cents (integers) so sums are exact. */
export function toCents(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}

export interface PersonnelShare {
  personnelCents: number;
  totalCents: number;
  /** null while nothing is planned or spent. */
  share: number | null;
  isBelow: boolean;
}

export function personnelShare(lines: { category: string; cents: number }[], minimum: number): PersonnelShare {
  const totalCents = lines.reduce((n, l) => n + l.cents, 0);
  const personnelCents = lines.filter((l) => l.category === 'personnel').reduce((n, l) => n + l.cents, 0);
  const share = totalCents > 0 ? personnelCents / totalCents : null;
  return { personnelCents, totalCents, share, isBelow: share !== null && share < minimum };
}

/** The fraction of the project period gone by on `today` (0 before it starts, 1 after it ends). */
export function elapsedFraction(startsOn: string, endsOn: string, today: string): number {
  const start = Date.parse(startsOn);
  const end = Date.parse(endsOn) + 86_400_000;
  const now = Date.parse(today) + 86_400_000;
  if (now <= start) return 0;
  if (now >= end) return 1;
  return (now - start) / (end - start);
}

export type Pace = 'ahead' | 'on_track' | 'behind' | 'not_started';

/** Behind when the share of the target delivered trails the share of time gone by more than the tolerance. */
export function paceOf(actual: number, target: number, elapsed: number, tolerance: number): Pace {
  if (elapsed === 0) return 'not_started';
  const done = target > 0 ? actual / target : 1;
  if (done + tolerance < elapsed) return 'behind';
  if (done > elapsed + tolerance) return 'ahead';
  return 'on_track';
}
