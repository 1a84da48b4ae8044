/**
 * Organisation filing (备案): draft → submitted → returned for correction | approved | rejected.
 * A returned filing is corrected and submitted again; approved and rejected are final.
 */
export const FILING_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_ACTIONS = ['submit', 'return', 'approve', 'reject'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

const TRANSITIONS: Record<FilingAction, { from: readonly FilingStatus[]; to: FilingStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
};

export function nextFilingStatus(status: FilingStatus, action: FilingAction): FilingStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Actions that need the reviewer's comment (the organisation must see why). */
export function filingActionNeedsComment(action: FilingAction): boolean {
  return action === 'return' || action === 'reject';
}

/** The organisation edits its filing only while it is a draft or returned. */
export function isFilingEditable(status: FilingStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export const RATING_GRADES = ['5A', '4A', '3A', '2A', '1A'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

/** Grade for a score out of 1000 given the cut-offs (a setting); null below 1A. */
export function ratingGrade(score: number, cutoffs: Record<RatingGrade, number>): RatingGrade | null {
  return RATING_GRADES.find((grade) => score >= cutoffs[grade]) ?? null;
}

/** The last day of a validity that starts on `from` and lasts `years` years. */
export function validUntil(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
