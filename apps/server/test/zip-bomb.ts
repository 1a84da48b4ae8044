import { PassThrough, Readable } from 'node:stream';
import ZipStream from 'zip-stream';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PARTS: [string, string][] = [
  [
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  ],
  [
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

/**
 * A small .xlsx whose sheet unpacks to `unpackedMb` megabytes of rows that hold nothing (formatted
 * empty cells), the shape of the zip bomb that froze the server: about 1 MB on the wire.
 */
export async function xlsxBomb(unpackedMb: number): Promise<Buffer> {
  const row = `<row>${'<c s="0"/>'.repeat(100)}</row>`;
  const block = Buffer.from(row.repeat(Math.ceil((1024 * 1024) / row.length)));
  const blocks = Math.ceil((unpackedMb * 1024 * 1024) / block.length);
  let sent = 0;
  const sheet = new Readable({
    read() {
      if (sent === 0) this.push(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`);
      if (sent < blocks) {
        sent++;
        this.push(block);
      } else {
        this.push('</sheetData></worksheet>');
        this.push(null);
      }
    },
  });
  return xlsxPackage(sheet);
}

/** A one-sheet .xlsx around the given worksheet XML (a string, or a stream of it). */
export async function xlsxPackage(sheet: string | Readable): Promise<Buffer> {
  const zip = new ZipStream({ zlib: { level: 9 } });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  zip.pipe(out);
  const add = (source: string | Readable, name: string) =>
    new Promise<void>((resolve, reject) => zip.entry(source, { name }, (error) => (error ? reject(error) : resolve())));
  for (const [name, text] of PARTS) await add(text, name);
  await add(sheet, 'xl/worksheets/sheet1.xml');
  zip.finalize();
  await new Promise((resolve) => out.on('end', resolve));
  return Buffer.concat(chunks);
}

/** The same archive with its central directory claiming every part unpacks to `bytes` (a directory that lies). */
export function understateSizes(zip: Buffer, bytes: number): Buffer {
  const copy = Buffer.from(zip);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (copy.readUInt32LE(i) !== 0x06054b50) continue;
    const count = copy.readUInt16LE(i + 10);
    let at = copy.readUInt32LE(i + 16);
    for (let n = 0; n < count; n++) {
      copy.writeUInt32LE(Math.min(bytes, copy.readUInt32LE(at + 24)), at + 24);
      at += 46 + copy.readUInt16LE(at + 28) + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
    }
    return copy;
  }
  throw new Error('no end of central directory');
}
