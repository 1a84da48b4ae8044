import { plusDays, plusMonths } from './registration-workflow.ts';

/**
 * Continuing education (继续教育, 民发〔2009〕123号): hours per registration period against a
 * requirement by qualification level (settings). States:
 * met — enough hours in the period; on_track — not yet, with time left;
 * at_risk — not yet, and the period ends within the warning months;
 * lapsed — the period ended without enough hours.
 */
export const EDUCATION_STATES = ['met', 'on_track', 'at_risk', 'lapsed'] as const;
export type EducationState = (typeof EDUCATION_STATES)[number];

export const QUALIFICATION_LEVELS = ['assistant', 'intermediate', 'senior'] as const;
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

export type RequiredHours = Record<QualificationLevel, number>;

/** Hours carry one decimal; sums are done in tenths so 0.1 + 0.2 is 0.3. */
export function sumHours(hours: readonly (number | string)[]): number {
  return hours.reduce<number>((tenths, h) => tenths + Math.round(Number(h) * 10), 0) / 10;
}

export function isOneDecimal(hours: number): boolean {
  return Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-9;
}

/**
 * The period whose hours count: the current registration's validity, or without one the
 * last `years` years up to today.
 */
export function educationPeriod(
  registration: { validFrom: string; validUntil: string } | null,
  today: string,
  years: number,
): { from: string; to: string } {
  if (registration) return { from: registration.validFrom, to: registration.validUntil };
  return { from: plusDays(plusMonths(today, -12 * years), 1), to: today };
}

/** The last day of a registration that counts as "ending soon" when checked today. */
export function atRiskHorizon(today: string, warnMonths: number): string {
  return plusMonths(today, warnMonths);
}

/**
 * The state of one worker. Without a qualification no requirement applies (null);
 * without a registration there is no deadline, so "not yet" is on_track.
 */
export function educationState(input: {
  level: QualificationLevel | null;
  hours: number;
  required: RequiredHours;
  /** The current registration's last day; null without one. */
  validUntil: string | null;
  today: string;
  warnMonths: number;
}): { required: number | null; state: EducationState | null } {
  if (!input.level) return { required: null, state: null };
  const required = input.required[input.level];
  if (Math.round(input.hours * 10) >= Math.round(required * 10)) return { required, state: 'met' };
  if (input.validUntil === null) return { required, state: 'on_track' };
  if (input.validUntil < input.today) return { required, state: 'lapsed' };
  if (input.validUntil <= atRiskHorizon(input.today, input.warnMonths)) return { required, state: 'at_risk' };
  return { required, state: 'on_track' };
}
