import { PassThrough } from 'node:stream';
import { type Locale, type MessageKey, translate } from '@shegong/core';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/authz/actor.ts';
import type { LedgerLine } from './ledger.repository.ts';
import { ageOn } from './ledger.service.ts';
import { personAsSeenBy } from './ledger-masking.ts';

/** The columns civil servants expect in a 台账, in their order. */
const COLUMNS: { key: MessageKey; width: number }[] = [
  { key: 'ledger.col.no', width: 7 },
  { key: 'ledger.col.servedOn', width: 12 },
  { key: 'ledger.col.name', width: 12 },
  { key: 'ledger.col.gender', width: 6 },
  { key: 'ledger.col.age', width: 6 },
  { key: 'ledger.col.idNumber', width: 21 },
  { key: 'ledger.col.mobile', width: 14 },
  { key: 'ledger.col.community', width: 16 },
  { key: 'ledger.col.categories', width: 18 },
  { key: 'ledger.col.service', width: 40 },
  { key: 'ledger.col.personTimes', width: 9 },
  { key: 'ledger.col.worker', width: 10 },
  { key: 'ledger.col.station', width: 22 },
];
const PERSON_TIMES_COLUMN = 11;

/** "小组 / 长者健康小组 / 第 3 节：情绪管理"; an imported line keeps the station's own wording. */
export function serviceText(locale: Locale, line: Pick<LedgerLine, 'kind' | 'serviceType' | 'content'>): string {
  const kind = line.kind === 'imported' ? null : translate(locale, `ledger.kind.${line.kind}` as MessageKey);
  return [kind, line.serviceType, line.content].filter(Boolean).join(' / ');
}

/**
 * Streams the ledger as .xlsx: a title row, the header, one row per line (masked by the one
 * masking rule), a 合计 row. Rows are written as batches arrive, so memory stays flat.
 */
export function streamLedgerWorkbook(input: {
  actor: Actor;
  locale: Locale;
  title: string;
  batches: AsyncIterable<LedgerLine[]>;
  categoryNames: Map<string, string>;
}): PassThrough {
  const { actor, locale, categoryNames } = input;
  const t = (key: MessageKey) => translate(locale, key);
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Shegong 社工智慧管理平台';
  const sheet = workbook.addWorksheet(t('ledger.sheet'), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';

  async function write(): Promise<void> {
    const title = sheet.addRow([input.title]);
    title.font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, COLUMNS.length);
    title.commit();
    const header = sheet.addRow(COLUMNS.map((c) => t(c.key)));
    header.font = { bold: true };
    header.commit();
    let no = 0;
    let total = 0;
    for await (const batch of input.batches) {
      for (const line of batch) {
        const person = line.clientId ? personAsSeenBy(actor, line.organisationId, line) : null;
        const categories = line.categoryCodes ? line.categoryCodes.split(',').map((c) => categoryNames.get(c) ?? c) : [];
        total += line.personTimes;
        sheet
          .addRow([
            ++no,
            new Date(`${line.servedOn}T00:00:00Z`),
            person ? person.name : t('ledger.unnamed'),
            line.gender ? t(`ledger.gender.${line.gender}` as MessageKey) : null,
            ageOn(line.birthDate, line.servedOn),
            person?.idNumber ?? null,
            person?.mobile ?? null,
            line.communityName,
            categories.join('、'),
            serviceText(locale, line),
            line.personTimes,
            line.workerName,
            line.stationName,
          ])
          .commit();
      }
    }
    const sum = sheet.addRow([t('ledger.total')]);
    sum.getCell(PERSON_TIMES_COLUMN).value = total;
    sum.font = { bold: true };
    sum.commit();
    sheet.commit();
    await workbook.commit();
  }

  write().catch((error) => {
    console.error('ledger export failed', error);
    stream.destroy(error as Error);
  });
  return stream;
}
