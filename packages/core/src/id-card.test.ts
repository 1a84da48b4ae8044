import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckChar, parseIdCard, toHalfWidth, upgradeIdCard15 } from './id-card.ts';

describe('GB 11643 ID numbers', () => {
  it('accepts the standard example and derives birth date and gender', () => {
    const result = parseIdCard('11010519491231002X');
    expect(result).toEqual({
      ok: true,
      info: { number: '11010519491231002X', areaCode: '110105', birthDate: '1949-12-31', gender: 'female' },
    });
  });

  it('accepts a lowercase x, spaces and full-width digits', () => {
    expect(parseIdCard(' 11010519491231002x ').ok).toBe(true);
    expect(parseIdCard(toHalfWidth('１１０１０５１９４９１２３１００２Ｘ')).ok).toBe(true);
  });

  it('names the problem: format, impossible birth date, checksum', () => {
    expect(parseIdCard('1101051949123100')).toEqual({ ok: false, problem: 'format' });
    expect(parseIdCard('110105194902300021')).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseIdCard('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
    expect(parseIdCard('110105209912310021', new Date('2026-01-01'))).toEqual({ ok: false, problem: 'birthDate' });
  });

  it('upgrades old 15-digit numbers (19xx births) to a valid 18-character number', () => {
    const upgraded = upgradeIdCard15('440105491231002');
    expect(upgraded).toHaveLength(18);
    expect(upgraded.slice(6, 14)).toBe('19491231');
    expect(parseIdCard('440105491231002').ok).toBe(true);
  });

  it('property: any 17 digits with a real date plus the computed check character is valid; any other check character is not', () => {
    const arb = fc.record({
      area: fc.integer({ min: 110000, max: 659999 }),
      date: fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
      seq: fc.integer({ min: 0, max: 999 }),
      wrong: fc.constantFrom(...'0123456789X'),
    });
    fc.assert(
      fc.property(arb, ({ area, date, seq, wrong }) => {
        const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
        const first17 = `${area}${ymd}${String(seq).padStart(3, '0')}`;
        const check = idCardCheckChar(first17);
        expect(parseIdCard(first17 + check).ok).toBe(true);
        if (wrong !== check) expect(parseIdCard(first17 + wrong)).toEqual({ ok: false, problem: 'checksum' });
        const result = parseIdCard(first17 + check);
        if (result.ok) expect(result.info.gender).toBe(seq % 2 === 1 ? 'male' : 'female');
      }),
    );
  });
});
