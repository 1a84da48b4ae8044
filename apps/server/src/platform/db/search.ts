import { pinyinKeys } from '@shegong/core';
import { ilike, like, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export interface NameColumns {
  name: PgColumn;
  pinyin: PgColumn;
  initials: PgColumn;
  /** Further columns matched from their start (codes, usernames). */
  prefixes?: PgColumn[];
}

/**
 * "张三", "zhangs" and "zs" all find 张三: the name by substring, full pinyin by
 * substring, initials by substring. Trigram indexes cannot serve two-character
 * Chinese patterns, which is why the pinyin columns exist.
 */
export function nameSearch(text: string, columns: NameColumns): SQL {
  const t = escapeLike(text.trim());
  const lower = t.toLowerCase();
  const conditions: SQL[] = [ilike(columns.name, `%${t}%`)];
  if (/^[a-z]+$/.test(lower)) {
    conditions.push(like(columns.pinyin, `%${lower}%`), like(columns.initials, `%${lower}%`));
  }
  for (const column of columns.prefixes ?? []) conditions.push(ilike(column, `${t}%`));
  return or(...conditions) as SQL;
}

/** Values for the pinyin columns of a name. */
export function pinyinColumns(name: string): { namePinyin: string; nameInitials: string } {
  const keys = pinyinKeys(name);
  return { namePinyin: keys.full, nameInitials: keys.initials };
}
