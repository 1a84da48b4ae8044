import { maskIdNumber, maskMobile, parseIdCard, uuidv7 } from '@shegong/core';
import { and, eq, inArray } from 'drizzle-orm';
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
}

/** The file holding an ID number (a merged file answers with the file it was merged into). */
export async function fileByIdNumber(idNumber: string, organisationId: string): Promise<FileOnRecord | null> {
  const [found] = await q()
    .select({ id: clients.id, mergedIntoId: clients.mergedIntoId })
    .from(clients)
    .where(eq(clients.idNumberHash, fieldCrypto().lookupHash(idNumber)));
  if (!found) return null;
  return fileById(found.mergedIntoId ?? found.id, organisationId);
}

async function fileById(id: string, organisationId: string): Promise<FileOnRecord | null> {
  const [row] = await q()
    .select({ id: clients.id, name: clients.name, regionCode: clients.regionCode, organisationId: clients.organisationId })
    .from(clients)
    .where(eq(clients.id, id));
  if (!row) return null;
  let attachable = row.organisationId === organisationId;
  if (!attachable) {
    const shares = await q()
      .select({ id: clientShares.id })
      .from(clientShares)
      .where(and(eq(clientShares.clientId, id), eq(clientShares.organisationId, organisationId), eq(clientShares.access, 'full')));
    attachable = shares.length > 0;
  }
  return { id: row.id, name: row.name, regionCode: row.regionCode, attachable };
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
  return rows.length === 1 ? { ...(rows[0] as (typeof rows)[number]), attachable: true } : null;
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

/** Opens a file for a person first met in an imported ledger, held by the importing station. */
export async function insertClientFile(person: NewPerson, station: StationPlace): Promise<string> {
  const parsed = parseIdCard(person.idNumber);
  if (!parsed.ok) throw new Error('checked ID number no longer parses');
  const crypto = fieldCrypto();
  const id = uuidv7();
  await q()
    .insert(clients)
    .values({
      id,
      name: person.name,
      ...pinyinColumns(person.name),
      idType: 'resident_id',
      idNumberEnc: crypto.encrypt(parsed.info.number),
      idNumberHash: crypto.lookupHash(parsed.info.number),
      idNumberMasked: maskIdNumber(parsed.info.number),
      gender: parsed.info.gender,
      birthDate: parsed.info.birthDate,
      mobileEnc: person.mobile ? crypto.encrypt(person.mobile) : null,
      mobileHash: person.mobile ? crypto.lookupHash(person.mobile) : null,
      mobileMasked: maskMobile(person.mobile),
      regionCode: person.regionCode,
      stationId: station.id,
      organisationId: station.organisationId,
    });
  return id;
}

/**
 * The ledger says the person was in a category on its service dates: where no holding covers
 * some of those dates, one holding from the first to the last uncovered date is added.
 */
export async function coverCategoryDates(dates: Map<string, { clientId: string; category: string; days: string[] }>): Promise<number> {
  const clientIds = [...new Set([...dates.values()].map((d) => d.clientId))];
  if (clientIds.length === 0) return 0;
  const held = await q().select().from(clientCategoryHoldings).where(inArray(clientCategoryHoldings.clientId, clientIds));
  const added: (typeof clientCategoryHoldings.$inferInsert)[] = [];
  for (const { clientId, category, days } of dates.values()) {
    const open = days.filter(
      (day) =>
        !held.some(
          (h) =>
            h.clientId === clientId &&
            h.categoryCode === category &&
            h.effectiveFrom <= day &&
            (h.effectiveTo === null || h.effectiveTo >= day),
        ),
    );
    if (open.length === 0) continue;
    open.sort();
    added.push({
      id: uuidv7(),
      clientId,
      categoryCode: category,
      effectiveFrom: open[0] as string,
      effectiveTo: open[open.length - 1] as string,
    });
  }
  for (let i = 0; i < added.length; i += 500)
    await q()
      .insert(clientCategoryHoldings)
      .values(added.slice(i, i + 500));
  return added.length;
}
