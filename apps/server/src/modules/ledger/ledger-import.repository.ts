import { maskIdNumber, maskMobile, parseIdCard, uuidv7 } from '@shegong/core';
import { and, eq, sql } from 'drizzle-orm';
import { clientCategories, clientCategoryHoldings, clientShares, clients, serviceRecords } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import type { StationPlace } from './ledger-writer.ts';

/** Lookups and writes of the ledger import: the person's file, categories, earlier imports. */

export interface FileOnRecord {
  id: string;
  name: string;
  regionCode: string;
  /** The serving organisation may attach rows: its own file, or one shared with it in full. */
  attachable: boolean;
  /** The organisation holds the file or has any share of it (a history share only reads): it knows the file. */
  seen: boolean;
}

/**
 * Rows per statement: ID hashes or client ids per lookup (`= any($1)`), rows per multi-row
 * insert (`unnest`, one array parameter per column). Tests lower them to cross the boundaries.
 */
export const importChunks = { lookup: 1000, insert: 2000 };

/**
 * The files holding these ID numbers, in one query per chunk (a merged file answers with the
 * file it was merged into), keyed by ID number. Numbers without a file are absent.
 */
export async function filesByIdNumbers(idNumbers: readonly string[], organisationId: string): Promise<Map<string, FileOnRecord>> {
  const crypto = fieldCrypto();
  const numberByHash = new Map<string, string>();
  for (const number of idNumbers) numberByHash.set(crypto.lookupHash(number), number);
  const hashes = [...numberByHash.keys()];
  const found = new Map<string, FileOnRecord>();
  for (let i = 0; i < hashes.length; i += importChunks.lookup) {
    const { rows } = await q().execute<{
      hash: string;
      id: string;
      name: string;
      region_code: string;
      attachable: boolean;
      seen: boolean;
    }>(sql`
      select h.id_number_hash as hash, f.id, f.name, f.region_code,
        (f.organisation_id = ${organisationId}::uuid or exists (
          select 1 from ${clientShares} s
          where s.client_id = f.id and s.organisation_id = ${organisationId}::uuid and s.access = 'full')) as attachable,
        (f.organisation_id = ${organisationId}::uuid or exists (
          select 1 from ${clientShares} s where s.client_id = f.id and s.organisation_id = ${organisationId}::uuid)) as seen
      from ${clients} h
      join ${clients} f on f.id = coalesce(h.merged_into_id, h.id)
      where h.id_number_hash = any(${sql.param(hashes.slice(i, i + importChunks.lookup))}::varchar[])`);
    for (const r of rows) {
      const number = numberByHash.get(r.hash);
      if (number) found.set(number, { id: r.id, name: r.name, regionCode: r.region_code, attachable: r.attachable, seen: r.seen });
    }
  }
  return found;
}

/** The file holding an ID number (a merged file answers with the file it was merged into). */
export async function fileByIdNumber(idNumber: string, organisationId: string): Promise<FileOnRecord | null> {
  return (await filesByIdNumbers([idNumber], organisationId)).get(idNumber) ?? null;
}

/** Without an ID number: the organisation's one active file with this name and mobile, if exactly one. */
export async function fileByNameAndMobile(name: string, mobile: string, organisationId: string): Promise<FileOnRecord | null> {
  const rows = await q()
    .select({ id: clients.id, name: clients.name, regionCode: clients.regionCode })
    .from(clients)
    .where(
      and(
        eq(clients.organisationId, organisationId),
        eq(clients.name, name),
        eq(clients.mobileHash, fieldCrypto().lookupHash(mobile)),
        eq(clients.status, 'active'),
      ),
    );
  return rows.length === 1 ? { ...(rows[0] as (typeof rows)[number]), attachable: true, seen: true } : null;
}

/** Category names as ledgers write them (低保, "Orphan", dibao) → code; active categories only. */
export async function categoryCodesByName(): Promise<Map<string, string>> {
  const rows = await q().select().from(clientCategories).where(eq(clientCategories.isActive, true));
  const map = new Map<string, string>();
  for (const c of rows) for (const key of [c.nameZh, c.nameEn.toLowerCase(), c.code]) map.set(key, c.code);
  return map;
}

/** "client|date|content|personTimes" of the station's earlier imported rows: the same file imported twice is caught. */
export async function importedKeys(stationId: string): Promise<Set<string>> {
  const rows = await q()
    .select({
      clientId: serviceRecords.clientId,
      servedOn: serviceRecords.servedOn,
      content: serviceRecords.content,
      n: serviceRecords.personTimes,
    })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.stationId, stationId), eq(serviceRecords.kind, 'imported')));
  return new Set(rows.map((r) => importKey(r.clientId, r.servedOn, r.content, r.n)));
}

export function importKey(clientId: string | null, servedOn: string, content: string | null, personTimes: number): string {
  return `${clientId}|${servedOn}|${content ?? ''}|${personTimes}`;
}

export interface NewPerson {
  name: string;
  idNumber: string;
  mobile: string | null;
  regionCode: string;
}

/**
 * Opens files for people first met in an imported ledger, held by the importing station, in
 * multi-row inserts. The unique keyed hash keeps one person one file: a number whose file was
 * created meanwhile (by another transaction, committed first) is skipped, and returned in
 * `taken` for the caller to attach to. Returns the new file ids by ID number.
 */
export async function insertClientFiles(
  people: readonly NewPerson[],
  station: StationPlace,
): Promise<{ created: Map<string, string>; taken: string[] }> {
  const crypto = fieldCrypto();
  const created = new Map<string, string>();
  const taken: string[] = [];
  for (let i = 0; i < people.length; i += importChunks.insert) {
    const columns = {
      id: [] as string[],
      name: [] as string[],
      pinyin: [] as string[],
      initials: [] as string[],
      enc: [] as string[],
      hash: [] as string[],
      masked: [] as (string | null)[],
      gender: [] as (string | null)[],
      birth: [] as string[],
      mobileEnc: [] as (string | null)[],
      mobileHash: [] as (string | null)[],
      mobileMasked: [] as (string | null)[],
      region: [] as string[],
    };
    // By keyed hash: two spellings of one number (never expected, the check normalises) still make one file.
    const numberByHash = new Map<string, { numbers: string[]; id: string }>();
    for (const person of people.slice(i, i + importChunks.insert)) {
      const parsed = parseIdCard(person.idNumber);
      if (!parsed.ok) throw new Error('checked ID number no longer parses');
      const { number, gender, birthDate } = parsed.info;
      const hash = crypto.lookupHash(number);
      const same = numberByHash.get(hash);
      if (same) {
        same.numbers.push(person.idNumber);
        continue;
      }
      const id = uuidv7();
      numberByHash.set(hash, { numbers: [person.idNumber], id });
      const keys = pinyinColumns(person.name);
      columns.id.push(id);
      columns.name.push(person.name);
      columns.pinyin.push(keys.namePinyin);
      columns.initials.push(keys.nameInitials);
      columns.enc.push(crypto.encrypt(number));
      columns.hash.push(hash);
      columns.masked.push(maskIdNumber(number));
      columns.gender.push(gender);
      columns.birth.push(birthDate);
      columns.mobileEnc.push(person.mobile ? crypto.encrypt(person.mobile) : null);
      columns.mobileHash.push(person.mobile ? crypto.lookupHash(person.mobile) : null);
      columns.mobileMasked.push(maskMobile(person.mobile));
      columns.region.push(person.regionCode);
    }
    const c = columns;
    const { rows } = await q().execute<{ hash: string }>(sql`
      insert into ${clients} (id, name, name_pinyin, name_initials, id_type, id_number_enc, id_number_hash, id_number_masked,
        gender, birth_date, mobile_enc, mobile_hash, mobile_masked, region_code, station_id, organisation_id)
      select t.id, t.name, t.pinyin, t.initials, 'resident_id', t.enc, t.hash, t.masked,
        t.gender, t.birth, t.mobile_enc, t.mobile_hash, t.mobile_masked, t.region, ${station.id}::uuid, ${station.organisationId}::uuid
      from unnest(${sql.param(c.id)}::uuid[], ${sql.param(c.name)}::text[], ${sql.param(c.pinyin)}::text[],
        ${sql.param(c.initials)}::text[], ${sql.param(c.enc)}::text[], ${sql.param(c.hash)}::varchar[], ${sql.param(c.masked)}::varchar[],
        ${sql.param(c.gender)}::text[], ${sql.param(c.birth)}::date[], ${sql.param(c.mobileEnc)}::text[],
        ${sql.param(c.mobileHash)}::varchar[], ${sql.param(c.mobileMasked)}::varchar[], ${sql.param(c.region)}::varchar[])
        as t(id, name, pinyin, initials, enc, hash, masked, gender, birth, mobile_enc, mobile_hash, mobile_masked, region)
      on conflict (id_number_hash) do nothing
      returning id_number_hash as hash`);
    const inserted = new Set(rows.map((r) => r.hash));
    for (const [hash, { numbers, id }] of numberByHash) {
      for (const number of numbers) {
        if (inserted.has(hash)) created.set(number, id);
        else taken.push(number);
      }
    }
  }
  return { created, taken };
}

/**
 * The ledger says the person was in a category on its service dates: where no holding covers
 * some of those dates, one holding from the first to the last uncovered date is added.
 */
export async function coverCategoryDates(dates: Map<string, { clientId: string; category: string; days: string[] }>): Promise<number> {
  const clientIds = [...new Set([...dates.values()].map((d) => d.clientId))];
  if (clientIds.length === 0) return 0;
  const held = new Map<string, { from: string; to: string | null }[]>();
  for (let i = 0; i < clientIds.length; i += importChunks.lookup) {
    const { rows } = await q().execute<{
      client_id: string;
      category_code: string;
      effective_from: string;
      effective_to: string | null;
    }>(sql`
      select client_id, category_code, effective_from::text as effective_from, effective_to::text as effective_to
      from ${clientCategoryHoldings} where client_id = any(${sql.param(clientIds.slice(i, i + importChunks.lookup))}::uuid[])`);
    for (const h of rows) {
      const key = `${h.client_id}|${h.category_code}`;
      const list = held.get(key) ?? [];
      list.push({ from: h.effective_from, to: h.effective_to });
      held.set(key, list);
    }
  }
  const added = { id: [] as string[], clientId: [] as string[], category: [] as string[], from: [] as string[], to: [] as string[] };
  for (const { clientId, category, days } of dates.values()) {
    const covering = held.get(`${clientId}|${category}`) ?? [];
    const open = days.filter((day) => !covering.some((h) => h.from <= day && (h.to === null || h.to >= day)));
    if (open.length === 0) continue;
    open.sort();
    added.id.push(uuidv7());
    added.clientId.push(clientId);
    added.category.push(category);
    added.from.push(open[0] as string);
    added.to.push(open[open.length - 1] as string);
  }
  for (let i = 0; i < added.id.length; i += importChunks.insert) {
    const part = <T>(list: T[]) => sql.param(list.slice(i, i + importChunks.insert));
    await q().execute(sql`
      insert into ${clientCategoryHoldings} (id, client_id, category_code, effective_from, effective_to)
      select * from unnest(${part(added.id)}::uuid[], ${part(added.clientId)}::uuid[], ${part(added.category)}::text[],
        ${part(added.from)}::date[], ${part(added.to)}::date[])`);
  }
  return added.id.length;
}
