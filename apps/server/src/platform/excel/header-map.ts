import { readText } from '@shegong/core';

export interface ColumnSpec {
  key: string;
  /** Header texts that mean this column, compared without spaces or punctuation. */
  aliases: string[];
  required?: boolean;
}

export interface HeaderMatch {
  /** Index of the last header row; data starts below it. */
  headerRow: number;
  /** Column key → column index. */
  columns: Record<string, number>;
  /** Headers found that map to nothing (shown in the preview). */
  unmapped: string[];
}

const normalise = (text: string) =>
  readText(text)
    .replace(/[\s（）()：:*＊\-_/]/g, '')
    .toLowerCase();

function matchKey(text: string, specs: ColumnSpec[]): string | null {
  const n = normalise(text);
  if (!n) return null;
  for (const spec of specs) if (spec.aliases.some((a) => normalise(a) === n)) return spec.key;
  for (const spec of specs) if (spec.aliases.some((a) => n.startsWith(normalise(a)))) return spec.key;
  return null;
}

/**
 * Finds the header among the first rows: the row (or pair of rows, for a header merged over
 * two rows) whose cells name the most known columns. Title rows above it are skipped.
 */
export function findHeader(grid: unknown[][], specs: ColumnSpec[], scanRows = 12): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(scanRows, grid.length); r++) {
    for (const span of [1, 2]) {
      if (r + span > grid.length) continue;
      const width = Math.max(...grid.slice(r, r + span).map((row) => row.length), 0);
      const columns: Record<string, number> = {};
      const unmapped: string[] = [];
      for (let c = 0; c < width; c++) {
        // Lower header row first: under a merged group title it holds the column's own name.
        const texts = grid
          .slice(r, r + span)
          .map((row) => readText(row[c]))
          .reverse();
        const key = texts.map((t) => matchKey(t, specs)).find((k) => k !== null) ?? null;
        if (key && columns[key] === undefined) columns[key] = c;
        else if (!key && texts[0]) unmapped.push(texts[0]);
      }
      const count = Object.keys(columns).length;
      if (count > bestCount) {
        bestCount = count;
        best = { headerRow: r + span - 1, columns, unmapped: [...new Set(unmapped)] };
      }
    }
  }
  return bestCount >= 2 ? best : null;
}
