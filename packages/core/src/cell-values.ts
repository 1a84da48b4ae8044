import { toHalfWidth } from './id-card.ts';

/**
 * Reading the values people type into Excel ledgers: full-width digits, dates written
 * 2023年5月1日 / 2023.5.1 / 2023/05/01 / Excel serials, and dates without a year (ambiguous,
 * flagged, never guessed).
 */
export type DateReading = { ok: true; date: string } | { ok: false; problem: 'format' | 'no_year' | 'invalid' };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function ymd(y: number, m: number, d: number): DateReading {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'invalid' };
  return { ok: true, date: date.toISOString().slice(0, 10) };
}

export function readDate(value: unknown): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: 'invalid' };
    return { ok: true, date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    if (value < 1 || value > 80000) return { ok: false, problem: 'format' };
    return { ok: true, date: new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000).toISOString().slice(0, 10) };
  }
  const text = toHalfWidth(String(value ?? ''))
    .trim()
    .replace(/\s+/g, '');
  if (!text) return { ok: false, problem: 'format' };
  let m = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^(\d{1,2})[月./-](\d{1,2})日?$/.test(text)) return { ok: false, problem: 'no_year' };
  if (/^\d{5}$/.test(text)) return readDate(Number(text));
  return { ok: false, problem: 'format' };
}

/** Trimmed half-width text of a cell, or '' for empty. */
export function readText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return toHalfWidth(String(value))
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** A whole number from "12", "１２", "12人次", 12.0; null when there is none. */
export function readCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const m = /^(\d+)(?:\.0+)?\D{0,3}$/.exec(readText(value));
  return m ? Number(m[1]) : null;
}

/** Rows that end a ledger: totals (合计/总计/小计) and sign-off lines. */
export function isTotalRow(cells: unknown[]): boolean {
  return cells.some((c) => /^(合计|总计|小计|共计|制表人|审核人)[:：]?/.test(readText(c).replace(/\s/g, '')));
}
