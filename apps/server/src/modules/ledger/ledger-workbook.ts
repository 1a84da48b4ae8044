import type { PassThrough } from 'node:stream';
import { type Locale, type MessageKey, translate } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { columnLetter, streamXlsx, type XlsxCell } from '../../platform/excel/xlsx-stream.ts';
import type { ExportLine, LedgerLine } from './ledger.repository.ts';
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

/** "小组 / 长者健康小组 / 第 3 节：情绪管理"; an imported line keeps the station's own wording (no kind label). */
function joinService(kindLabel: string | null, line: Pick<LedgerLine, 'serviceType' | 'content'>): string {
  return [kindLabel, line.serviceType, line.content].filter(Boolean).join(' / ');
}

/** Yields the source's items while it already fetches the next one, so the query and the writing overlap. */
async function* oneAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  // The fetch in flight may fail while a batch is being written: it is awaited later, never unhandled.
  const ahead = () => {
    const promise = iterator.next();
    promise.catch(() => undefined);
    return promise;
  };
  let next = ahead();
  let done = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        done = true;
        return;
      }
      next = ahead();
      yield result.value;
    }
  } finally {
    if (!done) {
      // Stopped early (client gone, or a failure): let the fetch in flight settle, then close the source.
      await next.catch(() => undefined);
      await iterator.return?.(undefined);
    }
  }
}

/**
 * Streams the ledger as .xlsx: a title row, the header, one row per line (masked by the one
 * masking rule), a 合计 row. Rows are written as batches arrive (the next batch is read while
 * one is written), so memory stays flat: at most two batches and one compressed chunk are held.
 */
export function streamLedgerWorkbook(input: {
  actor: Actor;
  locale: Locale;
  title: string;
  batches: AsyncIterable<ExportLine[]>;
  categoryNames: Map<string, string>;
}): PassThrough {
  const { actor, locale, categoryNames } = input;
  const t = (key: MessageKey) => translate(locale, key);
  const unnamed = t('ledger.unnamed');
  // Labels repeat on every line: translate each once.
  const memo = (compute: (key: string) => string) => {
    const seen = new Map<string, string>();
    return (key: string) => {
      let label = seen.get(key);
      if (label === undefined) {
        label = compute(key);
        seen.set(key, label);
      }
      return label;
    };
  };
  const genderLabel = memo((gender) => t(`ledger.gender.${gender}` as MessageKey));
  const categoriesLabel = memo((codes) =>
    codes
      .split(',')
      .map((c) => categoryNames.get(c) ?? c)
      .join('、'),
  );
  const kindLabel = memo((kind) => (kind === 'imported' ? '' : t(`ledger.kind.${kind}` as MessageKey)));
  const dates = new Map<string, Date>();

  return streamXlsx(
    {
      sheetName: t('ledger.sheet'),
      widths: COLUMNS.map((c) => c.width),
      frozenRows: 2,
      merges: [`A1:${columnLetter(COLUMNS.length - 1)}1`],
      creator: 'Shegong 社工智慧管理平台',
    },
    async (sheet) => {
      sheet.row([input.title], 'title');
      sheet.row(
        COLUMNS.map((c) => t(c.key)),
        'bold',
      );
      let no = 0;
      let total = 0;
      for await (const batch of oneAhead(input.batches)) {
        for (const line of batch) {
          const person = line.clientId ? personAsSeenBy(actor, line.organisationId, line) : null;
          total += line.personTimes;
          let servedOn = dates.get(line.servedOn);
          if (!servedOn) {
            servedOn = new Date(`${line.servedOn}T00:00:00Z`);
            dates.set(line.servedOn, servedOn);
          }
          sheet.row([
            ++no,
            servedOn,
            person ? person.name : unnamed,
            line.gender ? genderLabel(line.gender) : null,
            ageOn(line.birthDate, line.servedOn),
            person?.idNumber ?? null,
            person?.mobile ?? null,
            line.communityName,
            line.categoryCodes ? categoriesLabel(line.categoryCodes) : '',
            joinService(kindLabel(line.kind), line),
            line.personTimes,
            line.workerName,
            line.stationName,
          ]);
        }
        await sheet.flush();
      }
      const sum: XlsxCell[] = [t('ledger.total')];
      sum[PERSON_TIMES_COLUMN - 1] = total;
      sheet.row(sum, 'bold');
    },
  );
}
