/**
 * Social-worker registration (登记 / 再登记), statuses as in the national system:
 * 待审核 pending → 初审通过 first_approved | 初审未通过 first_rejected (the employer)
 * → 终审通过 final_approved | 终审未通过 final_rejected (the district bureau) → 已出证 issued.
 * Rejections and issue are final; a rejected applicant applies again.
 */
export const REGISTRATION_STATUSES = ['pending', 'first_approved', 'first_rejected', 'final_approved', 'final_rejected', 'issued'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_KINDS = ['initial', 'renewal'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export const REGISTRATION_ACTIONS = ['approve_first', 'reject_first', 'approve_final', 'reject_final', 'issue'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

const TRANSITIONS: Record<RegistrationAction, { from: RegistrationStatus; to: RegistrationStatus }> = {
  approve_first: { from: 'pending', to: 'first_approved' },
  reject_first: { from: 'pending', to: 'first_rejected' },
  approve_final: { from: 'first_approved', to: 'final_approved' },
  reject_final: { from: 'first_approved', to: 'final_rejected' },
  issue: { from: 'final_approved', to: 'issued' },
};

/** The status an action leads to, or null when the action is not allowed from this status. */
export function nextRegistrationStatus(status: RegistrationStatus, action: RegistrationAction): RegistrationStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from === status ? transition.to : null;
}

/** A rejection must say why: the applicant reads it. */
export function registrationActionNeedsComment(action: RegistrationAction): boolean {
  return action === 'reject_first' || action === 'reject_final';
}

/** Still under review: a worker has at most one such application at a time. */
export function isRegistrationOpen(status: RegistrationStatus): boolean {
  return status === 'pending' || status === 'first_approved' || status === 'final_approved';
}

// Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no time zone shifts a day.
function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function plusDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Adds calendar months; the 31st of a shorter month becomes its last day (2026-08-31 − 6 months = 2026-02-28). */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/**
 * The validity of an issued registration: from the issue date, or for a renewal the day
 * after the previous registration ends (so periods join without gap or overlap), for
 * `years` years less one day.
 */
export function registrationValidity(
  issuedOn: string,
  years: number,
  previousValidUntil: string | null,
): { validFrom: string; validUntil: string } {
  const validFrom = previousValidUntil ? plusDays(previousValidUntil, 1) : issuedOn;
  const [y, m, d] = parts(validFrom);
  // Day overflow does the calendar: 2028-02-29 + 3 years − 1 day = 2031-02-28.
  return { validFrom, validUntil: iso(new Date(Date.UTC(y + years, m - 1, d - 1))) };
}

/** The first day a renewal is accepted: `windowMonths` before the registration ends. */
export function renewalOpensOn(validUntil: string, windowMonths: number): string {
  return plusMonths(validUntil, -windowMonths);
}

export type ApplicationProblem = 'open' | 'valid' | 'none' | 'window' | 'expired';

/**
 * Whether a worker may apply now. Initial: no registration valid today. Renewal: a
 * registration valid today that ends within the renewal window. Never beside an open one.
 */
export function applicationProblem(input: {
  kind: RegistrationKind;
  hasOpenApplication: boolean;
  /** The latest issued registration's last day, if any. */
  currentValidUntil: string | null;
  today: string;
  windowMonths: number;
}): ApplicationProblem | null {
  if (input.hasOpenApplication) return 'open';
  const until = input.currentValidUntil;
  const valid = until !== null && until >= input.today;
  if (input.kind === 'initial') return valid ? 'valid' : null;
  if (until === null) return 'none';
  if (!valid) return 'expired';
  return input.today >= renewalOpensOn(until, input.windowMonths) ? null : 'window';
}
