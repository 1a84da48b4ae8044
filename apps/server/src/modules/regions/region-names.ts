import { readText } from '@shegong/core';
import { and, gte } from 'drizzle-orm';
import { regions } from '../../db/schema/index.ts';
import { regionWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

const SUFFIX = /(社区居民委员会|社区居委会|村民委员会|村委会|居委会|街道办事处|街道|街|镇|乡|社区|村|区)$/;

function variants(name: string): string[] {
  const clean = readText(name).replace(/\s/g, '');
  const short = clean.replace(SUFFIX, '');
  return short && short !== clean ? [clean, short] : [clean];
}

/**
 * Resolves the region names people write in spreadsheets ("南华西街道", "南华西街",
 * "海珠区南华西街道", a 12-digit code) to codes inside a region subtree.
 */
export class RegionNames {
  private constructor(
    private readonly byName: Map<string, Set<string>>,
    private readonly codes: Set<string>,
  ) {}

  static async load(rootCode: string, minLevel = 3): Promise<RegionNames> {
    const rows = await q()
      .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
      .from(regions)
      .where(and(regionWhere(regions.code, rootCode), gte(regions.level, minLevel)));
    const names = new Map(rows.map((r) => [r.code, r.name]));
    const byName = new Map<string, Set<string>>();
    const add = (key: string, code: string) => {
      if (!byName.has(key)) byName.set(key, new Set());
      byName.get(key)?.add(code);
    };
    for (const r of rows) {
      const parent = r.parentCode ? names.get(r.parentCode) : undefined;
      for (const v of variants(r.name)) {
        add(v, r.code);
        if (parent) for (const p of variants(parent)) add(p + v, r.code);
      }
    }
    return new RegionNames(byName, new Set(rows.map((r) => r.code)));
  }

  resolve(text: string): { code: string } | { problem: 'not_found' | 'ambiguous' } {
    const value = readText(text).replace(/\s/g, '');
    if (/^\d{12}$/.test(value)) return this.codes.has(value) ? { code: value } : { problem: 'not_found' };
    for (const v of variants(value)) {
      const codes = this.byName.get(v);
      if (codes?.size === 1) return { code: [...codes][0] as string };
      if (codes && codes.size > 1) return { problem: 'ambiguous' };
    }
    return { problem: 'not_found' };
  }
}
