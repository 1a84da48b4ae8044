import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ZipStream from 'zip-stream';
import { logError } from '../log.ts';
import { inertText } from './cell-text.ts';
import { escapeXml, packageParts, sheetHead, sheetTail } from './xlsx-package.ts';

/**
 * A one-sheet .xlsx written straight to a stream, for exports of hundreds of thousands of rows.
 *
 * exceljs's streaming writer builds a row object, a cell object per value and a style per cell,
 * and serialises each style to look it up again; at 13 columns that costs more than the query.
 * Here a row is one string of SpreadsheetML (inline strings, four fixed styles), deflated into a
 * zip entry as it goes, so memory stays flat and a row costs a few microseconds. The zip container
 * is zip-stream's (the archiver project's, which exceljs itself writes with): entries deflated,
 * sizes in data descriptors, zip64 past 4 GB. The ledger tests read it back with exceljs.
 */

/** A cell: text, a number, a date (written as a serial day with the yyyy-mm-dd style) or empty (null, undefined, ''). */
export type XlsxCell = string | number | Date | null | undefined;

/** Row styles: plain, bold, and the 14-point bold title. Date cells always use the date style. */
export type XlsxRowStyle = 'plain' | 'bold' | 'title';

export interface XlsxSheetSpec {
  sheetName: string;
  /** Column widths in characters, one per column. */
  widths: number[];
  /** Rows kept in view when scrolling (the title and header). */
  frozenRows?: number;
  /** Cell ranges to merge, e.g. 'A1:M1'. */
  merges?: string[];
  creator?: string;
}

export interface XlsxRowWriter {
  /** Appends one row (kept in memory until the next flush). */
  row(cells: readonly XlsxCell[], style?: XlsxRowStyle): void;
  /** Compresses and sends the rows so far; waits while the client is slower than the producer. */
  flush(): Promise<void>;
}

const STYLE_ID: Record<XlsxRowStyle, string> = { plain: '', bold: ' s="3"', title: ' s="2"' };
const DATE_STYLE = ' s="1"';
const MS_PER_DAY = 86_400_000;
/** Excel's serial day 0 is 1899-12-30 (with its 1900 leap-year quirk already folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function textCell(ref: string, style: string, text: string): string {
  const t = escapeXml(inertText(text));
  const space = t.length > 0 && (t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${t}</t></is></c>`;
}

const CHUNK = 1024 * 1024;

/**
 * UTF-8 bytes gathered in 1 MB buffers. Each row's string is encoded as soon as it is built, so
 * it dies young; holding a page of rows as one long concatenated string instead made the garbage
 * collector the largest cost of an export.
 */
class Utf8Chunks {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private full: Buffer[] = [];

  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.buffer.length - this.used < text.length * 3) this.next(text.length * 3);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  private next(atLeast: number): void {
    if (this.used > 0) this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(Math.max(CHUNK, atLeast));
    this.used = 0;
  }

  take(): Buffer[] {
    if (this.used > 0) this.next(0);
    const chunks = this.full;
    this.full = [];
    return chunks;
  }
}

/** Deflate level 1: a third of level 6's time for a file about a fifth larger (XML compresses well either way). */
const ZLIB = { level: 1, chunkSize: 64 * 1024, writableHighWaterMark: 8 * 1024 * 1024 };

/** Adds one entry and waits until zip-stream has written it (entries go one after another), or until the export is aborted. */
function addEntry(zip: ZipStream, source: string | PassThrough, name: string, date: Date, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    zip.entry(source, { name, date }, (error) => {
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    });
  });
}

/**
 * Streams a one-sheet workbook: `fill` appends rows through the writer; the returned stream
 * carries the .xlsx bytes as they are produced. A failure in `fill` destroys the stream (the
 * client sees a broken download, never a truncated file that looks complete); a client that goes
 * away aborts `fill` at its next await.
 */
export function streamXlsx(spec: XlsxSheetSpec, fill: (sheet: XlsxRowWriter) => Promise<void>): PassThrough {
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  const abort = new AbortController();
  const { signal } = abort;
  let completed = false;
  const zip = new ZipStream({ zlib: ZLIB });
  zip.on('error', (error: Error) => out.destroy(error));
  zip.pipe(out);
  out.on('close', () => {
    if (completed) return;
    abort.abort();
    zip.destroy();
  });
  const now = new Date();
  const letters = spec.widths.map((_, i) => columnLetter(i));

  async function write(): Promise<void> {
    for (const [path, text] of packageParts(spec, now)) await addEntry(zip, text, path, now, signal);
    // The high-water mark lets a whole page be compressed on the thread pool while the next is built.
    const xml = new PassThrough({ highWaterMark: 8 * 1024 * 1024 });
    const written = addEntry(zip, xml, 'xl/worksheets/sheet1.xml', now, signal);
    written.catch(() => undefined); // awaited below; until then an abort must not count as unhandled
    const emit = async (data: Buffer) => {
      if (signal.aborted) throw signal.reason;
      if (!xml.write(data)) await once(xml, 'drain', { signal });
    };
    const bytes = new Utf8Chunks();
    bytes.add(sheetHead(spec));
    let rowNumber = 0;
    const sheet: XlsxRowWriter = {
      row(cells, style = 'plain') {
        rowNumber++;
        const s = STYLE_ID[style];
        let line = `<row r="${rowNumber}">`;
        for (let i = 0; i < cells.length; i++) {
          const value = cells[i];
          if (value === null || value === undefined || value === '') continue;
          const ref = (letters[i] ?? columnLetter(i)) + rowNumber;
          if (typeof value === 'string') line += textCell(ref, s, value);
          else if (typeof value === 'number') {
            if (Number.isFinite(value)) line += `<c r="${ref}"${s}><v>${value}</v></c>`;
          } else {
            const serial = (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
            if (Number.isFinite(serial)) line += `<c r="${ref}"${DATE_STYLE}><v>${serial}</v></c>`;
          }
        }
        bytes.add(`${line}</row>`);
      },
      async flush() {
        for (const chunk of bytes.take()) await emit(chunk);
      },
    };
    await fill(sheet);
    bytes.add(sheetTail(spec));
    await sheet.flush();
    xml.end();
    await written;
    completed = true;
    zip.finalize();
  }

  write().catch((error: unknown) => {
    if (signal.aborted) return; // the client went away; nothing to report
    logError('xlsx export failed', error);
    out.destroy(error as Error);
  });
  return out;
}
