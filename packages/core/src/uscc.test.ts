import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUscc, USCC_CHARSET, usccCheckChar } from './uscc.ts';

describe('GB 32100 unified social credit codes', () => {
  it('accepts a valid code and splits its parts', () => {
    const body = '52440105MJL08861';
    const code = `${body}${usccCheckChar(body)}`.padEnd(18, '0');
    const full = `${code.slice(0, 17)}${usccCheckChar(code.slice(0, 17))}`;
    const result = parseUscc(full.toLowerCase());
    expect(result).toMatchObject({ ok: true, code: full, checksumOk: true, authority: '5', type: '2', areaCode: '440105' });
  });

  it('reports a wrong check character as a warning (checksumOk false), not a rejection', () => {
    const first17 = '91350100M000100Y4'.padEnd(17, '0');
    const good = usccCheckChar(first17);
    const bad = USCC_CHARSET[(USCC_CHARSET.indexOf(good) + 1) % 31];
    expect(parseUscc(first17 + bad)).toMatchObject({ ok: true, checksumOk: false });
  });

  it('rejects wrong lengths and characters outside the charset (I, O, S, V, Z)', () => {
    expect(parseUscc('12345')).toEqual({ ok: false, problem: 'length' });
    expect(parseUscc('52440105MJL0886IOS')).toEqual({ ok: false, problem: 'charset' });
  });

  it('property: the computed check character always validates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }), (chars) => {
        const first17 = chars.join('');
        expect(parseUscc(first17 + usccCheckChar(first17))).toMatchObject({ ok: true, checksumOk: true });
      }),
    );
  });
});
