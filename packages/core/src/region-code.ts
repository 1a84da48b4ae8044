/**
 * Region codes: GB/T 2260 (6 digits) extended to the 12-digit statistical code
 * province 2 + city 2 + county 2 + town 3 + village 3.
 */
export type RegionLevel = 1 | 2 | 3 | 4 | 5; // province, city, district, town, village

export const REGION_LEVEL_DIGITS: Record<RegionLevel, number> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };

export const REGION_CODE_PATTERN = /^\d{12}$/;

/** Pads a 2/4/6/9/12-digit code to 12 digits. */
export function toRegionCode(code: string): string {
  return code.padEnd(12, '0');
}

export function regionLevelOf(code: string): RegionLevel {
  if (code.slice(2) === '0000000000') return 1;
  if (code.slice(4) === '00000000') return 2;
  if (code.slice(6) === '000000') return 3;
  if (code.slice(9) === '000') return 4;
  return 5;
}

/** The significant prefix of a region code: every descendant's code starts with it. */
export function regionPrefix(code: string): string {
  return code.slice(0, REGION_LEVEL_DIGITS[regionLevelOf(code)]);
}

export function isWithinRegion(code: string, ancestor: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

/** The codes of every region above this one, from the province down ("440105008101" → 440000…, 440100…, 440105…, 440105008…). */
export function ancestorCodes(code: string): string[] {
  const level = regionLevelOf(code);
  const codes: string[] = [];
  for (let l = 1; l < level; l++) codes.push(code.slice(0, REGION_LEVEL_DIGITS[l as RegionLevel]).padEnd(12, '0'));
  return codes;
}

export function parentRegionCode(code: string): string | null {
  const level = regionLevelOf(code);
  if (level === 1) return null;
  const digits = REGION_LEVEL_DIGITS[(level - 1) as RegionLevel];
  return toRegionCode(code.slice(0, digits));
}

/** The city (level 2) a region lies in: "440105008101" → "440100000000". */
export function cityOf(code: string): string {
  return code.slice(0, REGION_LEVEL_DIGITS[2]).padEnd(12, '0');
}
