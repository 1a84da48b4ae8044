/** 统一社会信用代码 (GB 32100-2015). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccResult =
  | { ok: true; code: string; checksumOk: boolean; authority: string; type: string; areaCode: string }
  | { ok: false; problem: 'length' | 'charset' };

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * Some early codes fail the check character, so a checksum failure is reported
 * (checksumOk: false) for the caller to show as a warning, never a rejection.
 */
export function parseUscc(raw: string): UsccResult {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, problem: 'length' };
  for (const ch of code) if (!USCC_CHARSET.includes(ch)) return { ok: false, problem: 'charset' };
  return {
    ok: true,
    code,
    checksumOk: usccCheckChar(code.slice(0, 17)) === code[17],
    authority: code[0] ?? '',
    type: code[1] ?? '',
    areaCode: code.slice(2, 8),
  };
}
