import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** A spreadsheet past one of the import limits (settings): what it passed and the limit. */
export class SheetLimitError extends Error {
  constructor(
    readonly limit: 'unpackedSize' | 'rows',
    readonly max: number,
  ) {
    super(`spreadsheet exceeds the ${limit} limit (${max})`);
  }
}

/** An .xlsx package has a dozen parts; tens of thousands of entries is a crafted file. */
const MAX_ENTRIES = 10_000;

/**
 * The parts of a zip archive, read through its central directory (as Excel does), each inflated
 * as a stream. Inflated bytes are counted against one budget for the whole archive, so a small
 * file that unpacks to gigabytes (a zip bomb) stops at the limit instead of filling memory; yauzl
 * also checks each part's actual size against the size the directory declares.
 */
export class ZipReader {
  private used = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly maxBytes: number,
  ) {}

  /** Opens the archive and refuses it at once when its directory declares more than `maxBytes` unpacked. */
  static async open(buffer: Buffer, maxBytes: number): Promise<ZipReader> {
    const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
    const entries = new Map<string, Entry>();
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > maxBytes) {
        zip.close();
        throw new SheetLimitError('unpackedSize', maxBytes);
      }
      if (entries.size >= MAX_ENTRIES) {
        zip.close();
        throw new Error('too many zip entries');
      }
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
    }
    return new ZipReader(zip, entries, maxBytes);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** One part as UTF-8 text, chunk by chunk (so the caller parses while it inflates). */
  async *text(path: string): AsyncGenerator<string> {
    const entry = this.entries.get(path);
    if (!entry) return;
    const stream = await this.zip.openReadStreamPromise(entry);
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.used += chunk.length;
        if (this.used > this.maxBytes) throw new SheetLimitError('unpackedSize', this.maxBytes);
        yield decoder.write(chunk);
      }
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      stream.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }
}
