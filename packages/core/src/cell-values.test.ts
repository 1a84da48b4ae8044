import { describe, expect, it } from 'vitest';
import { isTotalRow, readCount, readDate, readText } from './cell-values.ts';

describe('reading ledger cells', () => {
  it('reads the date forms people type', () => {
    for (const v of [
      '2023年5月1日',
      '2023.5.1',
      '2023/05/01',
      '2023-5-1',
      '２０２３年５月１日',
      '20230501',
      45047,
      new Date('2023-05-01T00:00:00Z'),
    ]) {
      expect(readDate(v), String(v)).toEqual({ ok: true, date: '2023-05-01' });
    }
  });
  it('flags a date without a year instead of guessing', () => {
    expect(readDate('5月1日')).toEqual({ ok: false, problem: 'no_year' });
    expect(readDate('5.1')).toEqual({ ok: false, problem: 'no_year' });
  });
  it('rejects impossible dates and garbage', () => {
    expect(readDate('2023年2月30日')).toEqual({ ok: false, problem: 'invalid' });
    expect(readDate('上周')).toEqual({ ok: false, problem: 'format' });
  });
  it('reads counts and text', () => {
    expect(readCount('１２')).toBe(12);
    expect(readCount('3人次')).toBe(3);
    expect(readCount(2)).toBe(2);
    expect(readCount('两次')).toBeNull();
    expect(readText('  李\u00a0四 ')).toBe('李 四');
  });
  it('recognises total rows', () => {
    expect(isTotalRow(['合计', '', 120])).toBe(true);
    expect(isTotalRow(['合 计'])).toBe(true);
    expect(isTotalRow(['张三', '2023-05-01'])).toBe(false);
  });
});
