import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { educationPeriod, educationState, isOneDecimal, sumHours } from './continuing-education.ts';

const required = { assistant: 72, intermediate: 90, senior: 90 };
const base = { level: 'assistant' as const, hours: 0, required, validUntil: null, today: '2026-05-01', warnMonths: 6 };

describe('continuing-education hours', () => {
  it('sums one-decimal hours exactly', () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect(sumHours(['12.5', '7.5', 3])).toBe(23);
    expect(sumHours([])).toBe(0);
  });

  it('accepts at most one decimal', () => {
    expect(isOneDecimal(2.5)).toBe(true);
    expect(isOneDecimal(0.3)).toBe(true);
    expect(isOneDecimal(2.55)).toBe(false);
  });

  it('property: the sum of tenths is the tenths of the sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 })), (tenths) => {
        expect(sumHours(tenths.map((t) => t / 10))).toBe(tenths.reduce((a, b) => a + b, 0) / 10);
      }),
    );
  });
});

describe('the period that counts', () => {
  it('is the current registration, or the last years up to today', () => {
    expect(educationPeriod({ validFrom: '2024-03-01', validUntil: '2027-02-28' }, '2026-05-01', 3)).toEqual({
      from: '2024-03-01',
      to: '2027-02-28',
    });
    expect(educationPeriod(null, '2026-05-01', 3)).toEqual({ from: '2023-05-02', to: '2026-05-01' });
  });
});

describe('continuing-education state', () => {
  it('needs the hours of the worker’s level', () => {
    expect(educationState({ ...base, hours: 72 })).toEqual({ required: 72, state: 'met' });
    expect(educationState({ ...base, level: 'intermediate', hours: 72 })).toEqual({ required: 90, state: 'on_track' });
    expect(educationState({ ...base, level: 'senior', hours: 90 }).state).toBe('met');
  });

  it('applies no requirement without a qualification', () => {
    expect(educationState({ ...base, level: null })).toEqual({ required: null, state: null });
  });

  it('is at risk when short and the registration ends within the warning months, lapsed once it ended', () => {
    expect(educationState({ ...base, hours: 71.9, validUntil: '2026-11-01' }).state).toBe('at_risk');
    expect(educationState({ ...base, hours: 71.9, validUntil: '2026-11-02' }).state).toBe('on_track');
    expect(educationState({ ...base, hours: 10, validUntil: '2026-05-01' }).state).toBe('at_risk');
    expect(educationState({ ...base, hours: 10, validUntil: '2026-04-30' }).state).toBe('lapsed');
    expect(educationState({ ...base, hours: 80, validUntil: '2026-04-30' }).state).toBe('met');
  });

  it('without a registration there is no deadline to miss', () => {
    expect(educationState({ ...base, hours: 5 }).state).toBe('on_track');
  });
});
