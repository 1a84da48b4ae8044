import { database } from '../../../platform/db/tx.ts';

export interface Column {
  name: string;
  /** PostgreSQL type of the column, for the unnest cast. */
  type: string;
}

/**
 * Multi-row insert through unnest(): one array parameter per column, so a batch of any size
 * is one statement with a handful of parameters (no 65,535-parameter limit), on both engines.
 */
export async function bulkInsert(table: string, columns: Column[], rows: unknown[][], batch = 5000): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const casts = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const text = `insert into ${table} (${names}) select * from unnest(${casts})`;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const params = columns.map((_, c) => slice.map((row) => row[c] ?? null));
    await database().pool.query(text, params);
  }
}

/** Reports rows per second as a load goes. */
export class Progress {
  private readonly started = performance.now();
  private rows = 0;
  constructor(private readonly log: (line: string) => void) {}

  add(label: string, rows: number): void {
    this.rows += rows;
    const seconds = (performance.now() - this.started) / 1000;
    this.log(
      `${label.padEnd(28)} ${String(rows).padStart(10)} rows   total ${String(this.rows).padStart(10)}   ${Math.round(this.rows / seconds).toLocaleString('en')} rows/s`,
    );
  }

  summary(): { rows: number; seconds: number; rowsPerSecond: number } {
    const seconds = (performance.now() - this.started) / 1000;
    return { rows: this.rows, seconds, rowsPerSecond: Math.round(this.rows / seconds) };
  }
}
