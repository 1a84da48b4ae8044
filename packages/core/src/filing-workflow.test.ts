import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILING_ACTIONS, type FilingStatus, nextFilingStatus, ratingGrade, validUntil } from './filing-workflow.ts';

describe('filing workflow', () => {
  it('goes draft → submitted → returned → submitted → approved', () => {
    let status: FilingStatus = 'draft';
    for (const action of ['submit', 'return', 'submit', 'approve'] as const) {
      const next = nextFilingStatus(status, action);
      expect(next).not.toBeNull();
      status = next as FilingStatus;
    }
    expect(status).toBe('approved');
  });

  it('cannot decide a draft, or act on a final decision', () => {
    expect(nextFilingStatus('draft', 'approve')).toBeNull();
    expect(nextFilingStatus('approved', 'submit')).toBeNull();
    expect(nextFilingStatus('rejected', 'submit')).toBeNull();
  });

  it('property: every decision follows a submission, and decided filings never change', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILING_ACTIONS), { maxLength: 20 }), (actions) => {
        let status: FilingStatus = 'draft';
        for (const action of actions) {
          const next = nextFilingStatus(status, action);
          if (status === 'approved' || status === 'rejected') expect(next).toBeNull();
          if (next === 'approved' || next === 'rejected' || next === 'returned') expect(status).toBe('submitted');
          if (next) status = next;
        }
      }),
    );
  });
});

describe('ratings', () => {
  const cutoffs = { '5A': 900, '4A': 800, '3A': 700, '2A': 600, '1A': 500 };
  it('grades a score by the cut-offs', () => {
    expect(ratingGrade(950, cutoffs)).toBe('5A');
    expect(ratingGrade(800, cutoffs)).toBe('4A');
    expect(ratingGrade(650, cutoffs)).toBe('2A');
    expect(ratingGrade(499, cutoffs)).toBeNull();
  });
  it('is valid for five years to the day before', () => {
    expect(validUntil('2024-03-01', 5)).toBe('2029-02-28');
    expect(validUntil('2024-02-29', 3)).toBe('2027-02-28');
  });
});
