import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedFraction, nextProjectStatus, paceOf, personnelShare, toCents } from './project-rules.ts';

describe('project rules', () => {
  it('moves through the statuses in order and stops at closed', () => {
    expect(nextProjectStatus('draft')).toBe('contracted');
    expect(nextProjectStatus('final_evaluated')).toBe('closed');
    expect(nextProjectStatus('closed')).toBeNull();
  });

  it('computes the personnel share exactly in cents', () => {
    const lines = [
      { category: 'personnel', cents: toCents('1560000.00') },
      { category: 'activities', cents: toCents(600000) },
      { category: 'administration', cents: toCents('240000.00') },
    ];
    const share = personnelShare(lines, 0.65);
    expect(share.share).toBeCloseTo(0.65, 10);
    expect(share.isBelow).toBe(false);
    expect(
      personnelShare(
        [
          { category: 'personnel', cents: 64 },
          { category: 'other', cents: 36 },
        ],
        0.65,
      ).isBelow,
    ).toBe(true);
    expect(personnelShare([], 0.65)).toMatchObject({ share: null, isBelow: false });
  });

  it('measures elapsed time inclusively', () => {
    expect(elapsedFraction('2026-01-01', '2026-12-31', '2025-12-31')).toBe(0);
    expect(elapsedFraction('2026-01-01', '2026-12-31', '2026-12-31')).toBe(1);
    expect(elapsedFraction('2026-01-01', '2026-12-31', '2026-07-01')).toBeCloseTo(182 / 365, 5);
  });

  it('judges pace against elapsed time with a tolerance', () => {
    expect(paceOf(30, 100, 0.5, 0.1)).toBe('behind');
    expect(paceOf(45, 100, 0.5, 0.1)).toBe('on_track');
    expect(paceOf(80, 100, 0.5, 0.1)).toBe('ahead');
    expect(paceOf(0, 100, 0, 0.1)).toBe('not_started');
  });

  it('property: the share is between 0 and 1 and never below the minimum when all spending is personnel', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ category: fc.constantFrom('personnel', 'activities', 'other'), cents: fc.nat(1e9) })), (lines) => {
        const result = personnelShare(lines, 0.65);
        if (result.share !== null) {
          expect(result.share).toBeGreaterThanOrEqual(0);
          expect(result.share).toBeLessThanOrEqual(1);
        }
        if (lines.every((l) => l.category === 'personnel')) expect(result.isBelow).toBe(false);
      }),
    );
  });
});
