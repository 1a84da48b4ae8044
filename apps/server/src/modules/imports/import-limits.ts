import type { MessageKey } from '@shegong/core';
import { SheetLimitError, type SheetLimits } from '../../platform/excel/read-sheet.ts';
import { ZipReader } from '../../platform/excel/zip-reader.ts';
import { fieldError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';

/** The import limits in force (settings `import.maxUnpackedMb`, `import.maxRows`). */
export async function sheetLimits(): Promise<SheetLimits> {
  const settings = await getSettings();
  return { maxUnpackedBytes: settings['import.maxUnpackedMb'] * 1024 * 1024, maxRows: settings['import.maxRows'] };
}

/** The message of a limit that a file passed. */
export function limitMessage(error: SheetLimitError): { key: MessageKey; params: Record<string, number> } {
  return error.limit === 'rows'
    ? { key: 'import.too_many_rows', params: { maxRows: error.max } }
    : { key: 'import.too_large_unpacked', params: { maxMb: Math.round(error.max / 1024 / 1024) } };
}

/**
 * Before the upload is accepted: the zip directory must open and declare no more than the size
 * limit unpacked (an honest zip bomb is refused here at once). The sizes it declares are enforced
 * again while the sheet is read, so a directory that lies fails the check later.
 */
export async function inspectUpload(buffer: Buffer, limits: SheetLimits): Promise<void> {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(buffer, limits.maxUnpackedBytes);
  } catch (error) {
    if (error instanceof SheetLimitError) {
      const { key, params } = limitMessage(error);
      throw fieldError('file', key, params);
    }
    throw fieldError('file', 'import.unreadable');
  }
  zip.close();
}
