import { SaxesParser } from 'saxes';
import type { ZipReader } from './zip-reader.ts';

/**
 * The parts of an .xlsx a reader needs before the sheet (ECMA-376 part 1, SpreadsheetML): the
 * workbook (first sheet, 1904 date system), relationships, shared strings and the number formats
 * that make a number a date. Parsed as streams with saxes, names without namespace prefixes
 * (some producers write `x:row`).
 */

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Feeds text chunks to a streaming XML parser; malformed XML throws. */
export async function parseXml(chunks: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  for await (const chunk of chunks) parser.write(chunk);
  parser.close();
}

/** A relationship target as a path inside the package, relative to the part that names it. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

async function relationships(zip: ZipReader, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const found: Relationship[] = [];
  if (!zip.has(relsPath)) return found;
  await parseXml(zip.text(relsPath), {
    open(name, a) {
      if (name === 'Relationship' && a.Target && a.Id)
        found.push({ id: a.Id, type: a.Type ?? '', target: a.TargetMode === 'External' ? '' : resolvePart(part, a.Target) });
    },
  });
  return found;
}

export interface WorkbookParts {
  sheetPath: string | null;
  sharedStringsPath: string | null;
  stylesPath: string | null;
  date1904: boolean;
}

/** Where the first sheet, the shared strings and the styles are. */
export async function workbookParts(zip: ZipReader): Promise<WorkbookParts> {
  const root = await relationships(zip, '');
  const workbookPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target || 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw new Error('no workbook part');
  let firstSheetId: string | null = null;
  let date1904 = false;
  await parseXml(zip.text(workbookPath), {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet' && firstSheetId === null) {
        firstSheetId = Object.entries(a).find(([key]) => key === 'id' || key.endsWith(':id'))?.[1] ?? null;
      }
    },
  });
  const rels = await relationships(zip, workbookPath);
  const ofType = (suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target || null;
  return {
    sheetPath: rels.find((r) => r.id === firstSheetId)?.target || null,
    sharedStringsPath: ofType('/sharedStrings'),
    stylesPath: ofType('/styles'),
    date1904,
  };
}

/** The shared strings table: rich text runs joined, phonetic guides (rPh) left out. */
export async function sharedStrings(zip: ZipReader, path: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (!path || !zip.has(path)) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(zip.text(path), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK ids 27–36, 50–58). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quoted text, escapes and [colour]/[condition] brackets, it has y, m, d, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhsYMDHS]/.test(bare);
}

/** For each cell style (the `s` of a cell), whether its number format is a date. */
export async function dateStyles(zip: ZipReader, path: string | null): Promise<boolean[]> {
  if (!path || !zip.has(path)) return [];
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await parseXml(zip.text(path), {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId) formats.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => {
    const code = formats.get(id);
    return code === undefined ? isBuiltInDate(id) : isDateFormatCode(code);
  });
}
