import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  duplicateLikelihood,
  duplicateReasons,
  guardianConsentMissing,
  holdingsOverlap,
  identityLookupText,
  isHoldingCurrent,
  needsGuardianConsent,
  parseDocumentNumber,
  parseIdentity,
} from './client-rules.ts';
import { idCardCheckChar } from './id-card.ts';

const TODAY = '2026-03-15';
const idFor = (birth: string, seq = '123') => {
  const first17 = `440105${birth}${seq}`;
  return first17 + idCardCheckChar(first17);
};

describe('age', () => {
  it('counts full years, the birthday counting on the day', () => {
    expect(ageOn('2012-03-15', TODAY)).toBe(14);
    expect(ageOn('2012-03-16', TODAY)).toBe(13);
    expect(ageOn('1945-12-31', TODAY)).toBe(80);
    // Born on 29 February: a year older on 1 March of a common year.
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
  });

  it('never decreases as days pass', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        fc.pre(birth <= first);
        expect(ageOn(birth, first)).toBeLessThanOrEqual(ageOn(birth, second));
        expect(ageOn(birth, first)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('guardian consent for a child under 14 (PIPL art. 31)', () => {
  const guardian = { givenBy: 'guardian', guardianName: '王芳', guardianRelation: 'parent' };

  it('applies below 14 only, and not when the birth date is unknown', () => {
    expect(needsGuardianConsent('2012-03-16', TODAY)).toBe(true);
    expect(needsGuardianConsent('2012-03-15', TODAY)).toBe(false);
    expect(needsGuardianConsent(null, TODAY)).toBe(false);
  });

  it('wants a guardian’s consent in force that names the guardian and the relation', () => {
    expect(guardianConsentMissing('2020-01-01', [], TODAY)).toBe(true);
    expect(guardianConsentMissing('2020-01-01', [{ givenBy: 'self' }], TODAY)).toBe(true);
    expect(guardianConsentMissing('2020-01-01', [{ ...guardian, guardianName: ' ' }], TODAY)).toBe(true);
    expect(guardianConsentMissing('2020-01-01', [{ ...guardian, withdrawnOn: '2026-01-01' }], TODAY)).toBe(true);
    expect(guardianConsentMissing('2020-01-01', [guardian], TODAY)).toBe(false);
    expect(guardianConsentMissing('1990-01-01', [], TODAY)).toBe(false);
  });
});

describe('identity documents', () => {
  it('derives gender and birth date from a resident ID, upgrading 15 digits and accepting a lowercase x', () => {
    expect(parseIdentity({ idType: 'resident_id', idNumber: '440105900101123' }, TODAY)).toEqual({
      ok: true,
      identity: { idType: 'resident_id', idNumber: '440105199001011239', gender: 'male', birthDate: '1990-01-01' },
    });
    let seq = 100;
    while (!idFor('19880808', String(seq)).endsWith('X')) seq++;
    const withX = idFor('19880808', String(seq));
    const parsed = parseIdentity({ idType: 'resident_id', idNumber: withX.toLowerCase() }, TODAY);
    expect(parsed.ok && parsed.identity.idNumber).toBe(withX);
  });

  it('refuses a typed gender or birth date next to a resident ID, and names each problem', () => {
    const good = idFor('19900101');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(parseIdentity({ idType: 'resident_id', idNumber: wrong, gender: 'female', birthDate: '1990-01-01' }, TODAY)).toEqual({
      ok: false,
      problems: [
        { path: 'gender', problem: 'derived_from_id' },
        { path: 'birthDate', problem: 'derived_from_id' },
        { path: 'idNumber', problem: 'id_card_checksum' },
      ],
    });
    expect(parseIdentity({ idType: 'resident_id', idNumber: '440105199002300011' }, TODAY)).toMatchObject({
      problems: [{ path: 'idNumber', problem: 'id_card_birth_date' }],
    });
    // Born after today: the ID number cannot be right.
    expect(parseIdentity({ idType: 'resident_id', idNumber: idFor('20260316') }, TODAY)).toMatchObject({
      problems: [{ path: 'idNumber', problem: 'id_card_birth_date' }],
    });
  });

  it('checks permits and passports by format and takes gender and birth date as entered', () => {
    const person = { gender: 'female' as const, birthDate: '1980-05-01' };
    expect(parseIdentity({ idType: 'hk_macao_tw_permit', idNumber: 'h1234 5678', ...person }, TODAY)).toMatchObject({
      ok: true,
      identity: { idNumber: 'H12345678', gender: 'female', birthDate: '1980-05-01' },
    });
    expect(parseIdentity({ idType: 'hk_macao_tw_permit', idNumber: 'X1234', ...person }, TODAY).ok).toBe(false);
    expect(parseIdentity({ idType: 'passport', idNumber: 'E12345678', ...person }, TODAY).ok).toBe(true);
    expect(parseIdentity({ idType: 'passport', idNumber: 'ABCDEFG', ...person }, TODAY)).toMatchObject({
      problems: [{ path: 'idNumber', problem: 'id_document_format' }],
    });
    expect(parseIdentity({ idType: 'passport' }, TODAY)).toMatchObject({
      problems: [
        { path: 'idNumber', problem: 'required' },
        { path: 'gender', problem: 'required' },
        { path: 'birthDate', problem: 'required' },
      ],
    });
  });

  it('without a document there is no number; the birth date cannot be in the future', () => {
    expect(parseIdentity({ idType: 'none', gender: 'male', birthDate: '2019-07-01' }, TODAY)).toMatchObject({
      ok: true,
      identity: { idNumber: null },
    });
    expect(parseIdentity({ idType: 'none', idNumber: 'E1', gender: 'male', birthDate: '2027-01-01' }, TODAY)).toMatchObject({
      problems: [
        { path: 'idNumber', problem: 'id_number_not_expected' },
        { path: 'birthDate', problem: 'date_future' },
      ],
    });
  });

  it('reads a number alone (a lookup by number): normalised, checked like the form, without gender or birth date', () => {
    const id = idFor('19450302');
    expect(parseDocumentNumber('resident_id', ` ${id.toLowerCase()} `, TODAY)).toEqual({ ok: true, number: id });
    expect(parseDocumentNumber('resident_id', '440105450302123', TODAY)).toMatchObject({
      ok: true,
      number: expect.stringMatching(/^44010519450302123/),
    });
    expect(parseDocumentNumber('resident_id', `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`, TODAY)).toEqual({
      ok: false,
      problem: 'id_card_checksum',
    });
    expect(parseDocumentNumber('passport', ' e1234 5678 ', TODAY)).toEqual({ ok: true, number: 'E12345678' });
    expect(parseDocumentNumber('hk_macao_tw_permit', 'X1', TODAY)).toEqual({ ok: false, problem: 'id_document_format' });
    expect(parseDocumentNumber('passport', '  ', TODAY)).toEqual({ ok: false, problem: 'required' });
  });

  it('keys other documents by their type, so no passport number can take a resident ID’s place', () => {
    expect(identityLookupText('resident_id', '440105199001011239')).toBe('440105199001011239');
    expect(identityLookupText('passport', 'E12345678')).toBe('passport:E12345678');
  });
});

describe('likely duplicates', () => {
  const onFile = { namePinyin: 'zhangsan', birthDate: '1950-01-01', mobileHash: 'm1', idNumberHash: 'i1' };

  it('ranks a same ID as certain, name and birth date as high, a shared phone as medium', () => {
    expect(duplicateReasons({ namePinyin: 'lisi', idNumberHash: 'i1' }, onFile)).toEqual(['id_number']);
    expect(duplicateLikelihood(['id_number', 'mobile'])).toBe('certain');
    const nameBirth = duplicateReasons({ namePinyin: 'zhangsan', birthDate: '1950-01-01' }, onFile);
    expect(nameBirth).toEqual(['name_birth']);
    expect(duplicateLikelihood(nameBirth)).toBe('high');
    const phone = duplicateReasons({ namePinyin: 'zhangxiaohua', mobileHash: 'm1' }, onFile);
    expect(duplicateLikelihood(phone)).toBe('medium');
  });

  it('needs the birth date: a common name alone is no evidence', () => {
    expect(duplicateReasons({ namePinyin: 'zhangsan' }, onFile)).toEqual([]);
    expect(duplicateLikelihood([])).toBeNull();
    expect(duplicateReasons({ namePinyin: 'zhangsan', birthDate: '1950-01-02' }, onFile)).toEqual([]);
  });
});

describe('category holdings', () => {
  it('is current from its first day to its last day inclusive', () => {
    expect(isHoldingCurrent({ effectiveFrom: TODAY }, TODAY)).toBe(true);
    expect(isHoldingCurrent({ effectiveFrom: '2026-03-16' }, TODAY)).toBe(false);
    expect(isHoldingCurrent({ effectiveFrom: '2025-01-01', effectiveTo: TODAY }, TODAY)).toBe(true);
    expect(isHoldingCurrent({ effectiveFrom: '2025-01-01', effectiveTo: '2026-03-14' }, TODAY)).toBe(false);
  });

  it('overlaps symmetrically; open-ended periods run forever', () => {
    expect(holdingsOverlap({ effectiveFrom: '2025-01-01' }, { effectiveFrom: '2030-01-01' })).toBe(true);
    expect(holdingsOverlap({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }, { effectiveFrom: '2026-01-01' })).toBe(false);
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const period = fc
      .tuple(day, fc.option(day, { nil: null }))
      .map(([from, to]) => ({ effectiveFrom: from, effectiveTo: to && to < from ? from : to }));
    fc.assert(fc.property(period, period, (a, b) => holdingsOverlap(a, b) === holdingsOverlap(b, a)));
  });
});
