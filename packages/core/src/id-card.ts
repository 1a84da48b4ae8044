/** 公民身份号码 (GB 11643-1999): 17 digits + check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdCardProblem = 'format' | 'birthDate' | 'checksum';

export interface IdCardInfo {
  /** Normalised 18-character number (upper-case X, 15-digit numbers upgraded). */
  number: string;
  areaCode: string;
  birthDate: string; // YYYY-MM-DD
  gender: 'male' | 'female';
}

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Upgrades a first-generation 15-digit number (YYMMDD, 19xx births) to 18 characters. */
export function upgradeIdCard15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCardCheckChar(first17);
}

function isValidDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Full-width digits and letters to half-width, spaces removed. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function parseIdCard(raw: string, today: Date = new Date()): { ok: true; info: IdCardInfo } | { ok: false; problem: IdCardProblem } {
  let id = toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
  if (/^\d{15}$/.test(id)) id = upgradeIdCard15(id);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1880 || !isValidDate(y, m, d) || new Date(Date.UTC(y, m - 1, d)) > today) {
    return { ok: false, problem: 'birthDate' };
  }
  if (idCardCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    info: {
      number: id,
      areaCode: id.slice(0, 6),
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}
