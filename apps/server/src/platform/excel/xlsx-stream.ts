import { once } from 'node:events';
import { PassThrough, type TransformOptions } from 'node:stream';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';

/**
 * A one-sheet .xlsx written straight to a stream, for exports of hundreds of thousands of rows.
 *
 * exceljs's streaming writer builds a row object, a cell object per value and a style per cell,
 * and serialises each style to look it up again; at 13 columns that costs more than the query.
 * Here a row is one string of SpreadsheetML (inline strings, four fixed styles), deflated into a
 * zip entry as it goes, so memory stays flat and a row costs a few microseconds. The package has
 * the parts exceljs writes (workbook, styles, one worksheet, core and app properties; no theme),
 * zip entries deflated, no zip64 (a part stops at 4 GB, far past Excel's 1,048,576 rows). The
 * ledger tests read it back with exceljs.
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

/** Text as XML character data: &, < and > escaped, characters XML cannot carry (C0 controls but tab and line breaks) dropped. */
function escapeXml(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string;
    if (c === 38) replacement = '&amp;';
    else if (c === 60) replacement = '&lt;';
    else if (c === 62) replacement = '&gt;';
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) replacement = '';
    else continue;
    out += text.slice(last, i) + replacement;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

function textCell(ref: string, style: string, text: string): string {
  const t = escapeXml(text);
  const space = t.length > 0 && (t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${t}</t></is></c>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function packageParts(spec: XlsxSheetSpec, now: Date): [string, string][] {
  const created = now.toISOString().replace(/\.\d+Z$/, 'Z');
  const creator = escapeXml(spec.creator ?? '');
  const sheetName = escapeXml(spec.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  return [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'docProps/app.xml',
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>${sheetName}</vt:lpstr></vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      // cellXfs: 0 plain, 1 date (yyyy-mm-dd), 2 title (bold 14), 3 bold.
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
  ];
}

function sheetHead(spec: XlsxSheetSpec): string {
  const frozen = spec.frozenRows ?? 0;
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
    : '';
  const cols = spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

function sheetTail(spec: XlsxSheetSpec): string {
  const merges = spec.merges ?? [];
  const merged = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `</sheetData>${merged}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
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

/** MS-DOS date and time of a zip entry. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface ZipEntry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  flags: number;
}

const LIMIT_32 = 0xffff_ffff;

/** A zip archive written forward only (no zip64: parts up to 4 GB). */
class ZipStream {
  private offset = 0;
  private readonly entries: ZipEntry[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly out: PassThrough,
    now: Date,
    private readonly signal: AbortSignal,
  ) {
    this.stamp = dosDateTime(now);
  }

  private emit(buffer: Buffer): void {
    if (this.signal.aborted) throw this.signal.reason;
    this.offset += buffer.length;
    this.out.write(buffer);
  }

  private localHeader(name: Buffer, flags: number, crc: number, compressed: number, size: number): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, name]);
  }

  file(path: string, text: string): void {
    const name = Buffer.from(path, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const entry = { name, crc: crc32(data), compressed: packed.length, size: data.length, offset: this.offset, flags: 0x0800 };
    this.entries.push(entry);
    this.emit(this.localHeader(name, entry.flags, entry.crc, entry.compressed, entry.size));
    this.emit(packed);
  }

  /** A part written as it is produced: sizes and checksum follow the data (bit 3). */
  async streamed(path: string, produce: (write: (data: Buffer) => Promise<void>) => Promise<void>): Promise<void> {
    const name = Buffer.from(path, 'utf8');
    const entry: ZipEntry = { name, crc: 0, compressed: 0, size: 0, offset: this.offset, flags: 0x0808 };
    this.entries.push(entry);
    this.emit(this.localHeader(name, entry.flags, 0, 0, 0));
    // Level 1: a third of level 6's time for a file about a fifth larger (XML compresses well either way).
    // The high-water mark lets a whole page be compressed on the thread pool while the next is built.
    const options: ZlibOptions & TransformOptions = { level: 1, chunkSize: 64 * 1024, writableHighWaterMark: 8 * 1024 * 1024 };
    const deflate = createDeflateRaw(options);
    this.signal.addEventListener('abort', () => deflate.destroy(), { once: true });
    deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.destroyed && !this.out.write(chunk)) {
        deflate.pause();
        this.out.once('drain', () => deflate.resume());
      }
    });
    const done = finished(deflate, { signal: this.signal });
    done.catch(() => undefined); // awaited below; until then an abort must not count as unhandled
    await produce(async (data) => {
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
      if (!deflate.write(data)) await once(deflate, 'drain', { signal: this.signal });
    });
    deflate.end();
    await done;
    if (entry.size > LIMIT_32 || entry.compressed > LIMIT_32) throw new Error(`${path} exceeds 4 GB`);
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(entry.crc, 4);
    d.writeUInt32LE(entry.compressed, 8);
    d.writeUInt32LE(entry.size, 12);
    this.emit(d);
  }

  end(): void {
    const start = this.offset;
    if (start > LIMIT_32) throw new Error('workbook exceeds 4 GB');
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(e.flags, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt16LE(this.stamp.time, 12);
      c.writeUInt16LE(this.stamp.date, 14);
      c.writeUInt32LE(e.crc, 16);
      c.writeUInt32LE(e.compressed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      this.emit(Buffer.concat([c, e.name]));
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(this.entries.length, 8);
    eocd.writeUInt16LE(this.entries.length, 10);
    eocd.writeUInt32LE(this.offset - start, 12);
    eocd.writeUInt32LE(start, 16);
    this.emit(eocd);
    this.out.end();
  }
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
  let completed = false;
  out.on('close', () => {
    if (!completed) abort.abort();
  });
  const now = new Date();
  const zip = new ZipStream(out, now, abort.signal);
  const letters = spec.widths.map((_, i) => columnLetter(i));

  async function write(): Promise<void> {
    for (const [path, text] of packageParts(spec, now)) zip.file(path, text);
    await zip.streamed('xl/worksheets/sheet1.xml', async (emit) => {
      const bytes = new Utf8Chunks();
      bytes.add(sheetHead(spec));
      let rowNumber = 0;
      const sheet: XlsxRowWriter = {
        row(cells, style = 'plain') {
          rowNumber++;
          const s = STYLE_ID[style];
          let xml = `<row r="${rowNumber}">`;
          for (let i = 0; i < cells.length; i++) {
            const value = cells[i];
            if (value === null || value === undefined || value === '') continue;
            const ref = (letters[i] ?? columnLetter(i)) + rowNumber;
            if (typeof value === 'string') xml += textCell(ref, s, value);
            else if (typeof value === 'number') {
              if (Number.isFinite(value)) xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
            } else {
              const serial = (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
              if (Number.isFinite(serial)) xml += `<c r="${ref}"${DATE_STYLE}><v>${serial}</v></c>`;
            }
          }
          bytes.add(`${xml}</row>`);
        },
        async flush() {
          for (const chunk of bytes.take()) await emit(chunk);
        },
      };
      await fill(sheet);
      bytes.add(sheetTail(spec));
      await sheet.flush();
    });
    zip.end();
    completed = true;
  }

  write().catch((error: unknown) => {
    if (abort.signal.aborted) return; // the client went away; nothing to report
    console.error('xlsx export failed', error);
    out.destroy(error as Error);
  });
  return out;
}
