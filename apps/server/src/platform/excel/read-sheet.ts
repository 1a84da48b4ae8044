import { dateStyles, parseXml, sharedStrings, workbookParts } from './xlsx-parts.ts';
import { SheetLimitError, ZipReader } from './zip-reader.ts';

export { SheetLimitError } from './zip-reader.ts';

export interface SheetLimits {
  /** Bytes the whole package may unpack to (a zip bomb stops here). */
  maxUnpackedBytes: number;
  /** The last row number that may hold a value. */
  maxRows: number;
}

/** Import sheets have a few dozen columns; cells further right are ignored (a row of 16,384 cells is a crafted file). */
export const MAX_COLUMNS = 256;
/** Cells a merged range may fill in all (a range over the whole sheet is a crafted file). */
const MERGE_FILL_BUDGET = 1_000_000;
const MS_PER_DAY = 86_400_000;

/** "AB12" → column 27 (0-based), or -1. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  return i === 0 ? -1 : column - 1;
}

function rowOf(ref: string): number {
  const digits = ref.replace(/^[A-Z]+/, '');
  return digits ? Number(digits) - 1 : -1;
}

/** Excel's serial day as a UTC date (the 1900 system counts from 1899-12-30, the 1904 one from 1904-01-01). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? -1462 : 25569)) * MS_PER_DAY));
}

/** Copies each merged range's top-left value into the rest of the range, so a header merged over two rows reads in both. */
function fillMerges(grid: unknown[][], merges: string[]): void {
  let budget = MERGE_FILL_BUDGET;
  for (const ref of merges) {
    const [from = '', to = from] = ref.split(':');
    const r1 = rowOf(from);
    const c1 = columnOf(from);
    const master = grid[r1]?.[c1];
    if (master === undefined || master === null) continue;
    const r2 = Math.min(rowOf(to), grid.length - 1);
    const c2 = Math.min(columnOf(to), MAX_COLUMNS - 1);
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2 && budget > 0; c++, budget--) {
        const row = grid[r] ?? [];
        grid[r] = row;
        row[c] ??= master;
      }
    }
  }
}

/**
 * The first worksheet as a grid of plain values (rows and columns 0-based): text (rich text
 * joined), numbers, booleans, dates (numbers in a date format), formulas as their cached result,
 * errors as null; merged ranges filled from their top-left cell. Read as a stream: the package
 * may unpack to at most `maxUnpackedBytes` and hold values up to row `maxRows`, else
 * SheetLimitError; memory is the grid, never the XML.
 */
export async function readFirstSheet(buffer: Buffer, limits: SheetLimits): Promise<unknown[][]> {
  const zip = await ZipReader.open(buffer, limits.maxUnpackedBytes);
  try {
    const parts = await workbookParts(zip);
    if (!parts.sheetPath || !zip.has(parts.sheetPath)) return [];
    const strings = await sharedStrings(zip, parts.sharedStringsPath);
    const isDate = await dateStyles(zip, parts.stylesPath);
    const grid: unknown[][] = [];
    const merges: string[] = [];
    let rowIndex = -1;
    let row: unknown[] | null = null;
    let column = -1;
    let type = 'n';
    let style = 0;
    let value: string | null = null;
    let collecting = false;
    let inInline = false;
    let phonetic = 0;

    const cellValue = (raw: string): unknown => {
      switch (type) {
        case 's':
          return strings[Number(raw)] ?? null;
        case 'inlineStr':
        case 'str':
          return raw;
        case 'b':
          return raw === '1' || raw === 'true';
        case 'e':
          return null;
        case 'd': {
          const date = new Date(raw);
          return Number.isNaN(date.getTime()) ? raw : date;
        }
        default: {
          const n = raw.trim() === '' ? Number.NaN : Number(raw);
          if (!Number.isFinite(n)) return null;
          return isDate[style] ? excelDate(n, parts.date1904) : n;
        }
      }
    };

    await parseXml(zip.text(parts.sheetPath), {
      open(name, a) {
        switch (name) {
          case 'row':
            rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
            row = [];
            column = -1;
            break;
          case 'c':
            column = a.r ? columnOf(a.r) : column + 1;
            type = a.t ?? 'n';
            style = a.s ? Number(a.s) : 0;
            value = null;
            break;
          case 'v':
            value = '';
            collecting = true;
            break;
          case 'is':
            value = '';
            inInline = true;
            break;
          case 'rPh':
            phonetic++;
            break;
          case 't':
            collecting = inInline && phonetic === 0;
            break;
          case 'mergeCell':
            if (a.ref) merges.push(a.ref);
            break;
        }
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            collecting = false;
            break;
          case 'is':
            inInline = false;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c':
            if (row && value !== null && column >= 0 && column < MAX_COLUMNS) {
              const cell = cellValue(value);
              if (cell !== null) row[column] = cell;
            }
            value = null;
            break;
          case 'row':
            if (row && row.length > 0) {
              if (!Number.isInteger(rowIndex) || rowIndex < 0) throw new Error('malformed row reference');
              if (rowIndex >= limits.maxRows) throw new SheetLimitError('rows', limits.maxRows);
              grid[rowIndex] = row;
            }
            row = null;
            break;
        }
      },
      text(text) {
        if (collecting && value !== null) value += text;
      },
    });
    fillMerges(grid, merges);
    for (let i = 0; i < grid.length; i++) grid[i] = Array.from(grid[i] ?? [], (cell) => cell ?? null);
    return grid;
  } finally {
    zip.close();
  }
}
