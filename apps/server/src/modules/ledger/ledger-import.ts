import { LedgerImportOptions } from '@shegong/contracts';
import { isMobile, parseIdCard, readCount, readDate, readText } from '@shegong/core';
import type { FieldProblem } from '../../platform/http/errors.ts';
import { idLookupHash } from '../clients/client-identity.ts';
import { type LookupOutcome, recordLookups } from '../clients/identity-lookup.service.ts';
import type { ImportContext } from '../imports/import-kinds.ts';
import { registerImportKind } from '../imports/import-kinds.ts';
import { RegionNames } from '../regions/region-names.ts';
import { today } from './ledger.service.ts';
import { commitLedgerImport, type LedgerImportRow, loadImportStation } from './ledger-import.commit.ts';
import {
  categoryCodesByName,
  type FileOnRecord,
  fileByNameAndMobile,
  filesByIdNumbers,
  importedKeys,
  importKey,
} from './ledger-import.repository.ts';

const ID_PROBLEMS = { format: 'field.id_card_format', birthDate: 'field.id_card_birth_date', checksum: 'field.id_card_checksum' } as const;

/** Lookups loaded once per file: the station, its town's communities, the category list, earlier imports. */
async function lookups(context: ImportContext) {
  const memo = context.memo;
  if (!memo.has('station')) {
    const station = await loadImportStation(context);
    const town = station.regionCode.slice(9) === '000' ? station.regionCode : `${station.regionCode.slice(0, 9)}000`;
    memo.set('station', station);
    memo.set('communities', await RegionNames.load(town, 5));
    memo.set('categories', await categoryCodesByName());
    memo.set('imported', await importedKeys(station.id));
  }
  return {
    station: memo.get('station') as Awaited<ReturnType<typeof loadImportStation>>,
    communities: memo.get('communities') as RegionNames,
    categories: memo.get('categories') as Map<string, string>,
    imported: memo.get('imported') as Set<string>,
  };
}

async function cached<T>(context: ImportContext, key: string, load: () => Promise<T>): Promise<T> {
  if (!context.memo.has(key)) context.memo.set(key, await load());
  return context.memo.get(key) as T;
}

/** What a row's ID number finds: the file (server-side only) and the identity lookup's outcome. */
export interface NumberOnRecord {
  file: FileOnRecord | null;
  outcome: LookupOutcome;
}

/**
 * Each number is an identity lookup like typing it in a form: a file the organisation neither
 * holds nor shares is "held elsewhere" (the same words whoever holds it), never attached, and
 * counted against the importer's hourly limit; past it every number not the organisation's own
 * is refused, whether a file exists or not. One audit event per chunk (keyed hashes only).
 */
async function lookUpNumbers(numbers: string[], context: ImportContext): Promise<Map<string, NumberOnRecord>> {
  const { station } = await lookups(context);
  const found = await filesByIdNumbers(numbers, station.organisationId);
  const hashOf = (number: string) => idLookupHash('resident_id', number);
  const outcomes = await recordLookups(
    context.actor,
    'import',
    numbers.map((n) => ({ hash: hashOf(n), held: found.has(n), own: found.get(n)?.seen ?? false })),
  );
  return new Map(numbers.map((n) => [n, { file: found.get(n) ?? null, outcome: outcomes.get(hashOf(n)) ?? 'refused' }]));
}

/**
 * The files of a chunk of rows in one query per chunk (`= any($1)`), remembered under the keys
 * `checkRow` reads, so checking those rows asks the database nothing more. The import framework
 * calls it before each chunk (`prepareChunk`); `checkRow` looks up on its own only a number the
 * chunk's prefetch did not see.
 */
export async function prefetchFiles(rows: readonly Record<string, unknown>[], context: ImportContext): Promise<void> {
  const numbers = new Set<string>();
  for (const cells of rows) {
    const idText = readText(cells.idNumber).replace(/\s/g, '');
    const parsed = idText ? parseIdCard(idText) : null;
    if (parsed?.ok && !context.memo.has(`id:${parsed.info.number}`)) numbers.add(parsed.info.number);
  }
  if (numbers.size === 0) return;
  for (const [number, onRecord] of await lookUpNumbers([...numbers], context)) context.memo.set(`id:${number}`, onRecord);
}

registerImportKind<LedgerImportRow>({
  kind: 'ledger',
  permission: 'ledger.import',
  prepareChunk: prefetchFiles,
  sheetName: '服务台账',
  options: LedgerImportOptions,
  columns: [
    { key: 'name', header: '姓名', aliases: ['姓名', '服务对象姓名', '对象姓名', '客户姓名'], required: true, example: '陈美玲' },
    // Mapped so the preview does not list them as unknown; the ID number decides gender and age.
    { key: 'gender', header: '性别', aliases: ['性别'], example: '女' },
    { key: 'age', header: '年龄', aliases: ['年龄'], example: '81' },
    {
      key: 'idNumber',
      header: '身份证号',
      aliases: ['身份证号', '身份证号码', '身份证', '公民身份号码', '证件号码'],
      example: '11010519491231002X',
    },
    { key: 'mobile', header: '联系电话', aliases: ['联系电话', '电话', '手机', '手机号码', '联系方式'], example: '13826041187' },
    { key: 'community', header: '所属社区', aliases: ['所属社区', '社区', '村居', '所属村居', '居住社区'], example: '鳌洲社区' },
    { key: 'category', header: '服务对象类别', aliases: ['服务对象类别', '类别', '对象类别', '人群类别'], example: '低保、独居老人' },
    { key: 'servedOn', header: '服务日期', aliases: ['服务日期', '日期', '服务时间'], required: true, example: '2023年5月1日' },
    { key: 'serviceType', header: '服务类型', aliases: ['服务类型', '服务项目', '服务方式'], example: '探访' },
    { key: 'content', header: '服务内容', aliases: ['服务内容', '内容', '服务情况'], example: '上门探访，了解近况' },
    { key: 'personTimes', header: '服务人次', aliases: ['服务人次', '人次'], example: '1' },
  ],

  /** The station must be one the importer may record for (outside its scope: as if it did not exist). */
  async prepare(context) {
    await lookups(context);
  },

  async checkRow(cells, context) {
    const { station, communities, categories, imported } = await lookups(context);
    const problems: FieldProblem[] = [];
    const name = readText(cells.name).replace(/\s/g, '');
    if (!name) problems.push({ path: 'clientName', key: 'field.required' });

    const date = readDate(cells.servedOn);
    if (!date.ok) {
      problems.push({
        path: 'servedOn',
        key:
          readText(cells.servedOn) === '' ? 'field.required' : date.problem === 'no_year' ? 'import.date_no_year' : 'import.date_invalid',
      });
    } else if (date.date > today()) problems.push({ path: 'servedOn', key: 'field.date_future' });

    const count = readText(cells.personTimes) === '' ? 1 : readCount(cells.personTimes);
    if (!count) problems.push({ path: 'personTimes', key: 'ledger.person_times_invalid' });

    const codes: string[] = [];
    for (const text of readText(cells.category)
      .split(/[、,，;；/\s]+/)
      .filter(Boolean)) {
      const code = categories.get(text) ?? categories.get(text.toLowerCase());
      if (code) codes.push(code);
      else problems.push({ path: 'category', key: 'ledger.category_unknown', params: { name: text } });
    }

    const mobile = readText(cells.mobile).replace(/[\s-]/g, '') || null;
    if (mobile && !isMobile(mobile)) problems.push({ path: 'mobile', key: 'field.mobile' });

    // Who: the file holding the ID number, else the organisation's file with this name and mobile.
    const idText = readText(cells.idNumber).replace(/\s/g, '');
    let file: FileOnRecord | null = null;
    let newPerson: LedgerImportRow['newPerson'] = null;
    if (idText) {
      const parsed = parseIdCard(idText);
      if (!parsed.ok) problems.push({ path: 'idNumber', key: ID_PROBLEMS[parsed.problem] });
      else {
        const number = parsed.info.number;
        const onRecord = await cached(context, `id:${number}`, async () => (await lookUpNumbers([number], context)).get(number));
        file = onRecord?.file ?? null;
        if (!onRecord || onRecord.outcome === 'refused') problems.push({ path: 'idNumber', key: 'ledger.identity_lookups_limited' });
        else if (file && !file.attachable) {
          // A history share knows the file; any other holder is "elsewhere", worded the same for all.
          problems.push({ path: 'idNumber', key: file.seen ? 'ledger.client_other_org' : 'ledger.client_held_elsewhere' });
        } else if (file && name && file.name !== name) problems.push({ path: 'clientName', key: 'ledger.name_mismatch' });
        else if (!file) {
          const communityText = readText(cells.community);
          const community = communityText ? communities.resolve(communityText) : { code: station.regionCode };
          if ('problem' in community) {
            const key = community.problem === 'ambiguous' ? 'ledger.community_ambiguous' : 'ledger.community_not_found';
            problems.push({ path: 'community', key, params: { name: communityText } });
          } else newPerson = { name, idNumber: number, mobile: mobile && isMobile(mobile) ? mobile : null, regionCode: community.code };
        }
      }
    } else if (name && mobile && isMobile(mobile)) {
      file = await cached(context, `nm:${name}:${mobile}`, () => fileByNameAndMobile(name, mobile, station.organisationId));
      if (!file) problems.push({ path: 'idNumber', key: 'ledger.id_required' });
    } else problems.push({ path: 'idNumber', key: 'ledger.id_required' });

    const content = readText(cells.content) || null;
    if (file && date.ok && count && imported.has(importKey(file.id, date.date, content, count))) {
      problems.push({ path: 'servedOn', key: 'ledger.already_imported' });
    }
    if (problems.length > 0 || !date.ok || !count) return { problems };
    return {
      problems,
      value: {
        clientId: file?.id ?? null,
        regionCode: file?.regionCode ?? newPerson?.regionCode ?? station.regionCode,
        newPerson,
        servedOn: date.date,
        personTimes: count,
        categories: codes,
        serviceType: readText(cells.serviceType) || null,
        content,
      },
    };
  },

  commit: commitLedgerImport,
});
