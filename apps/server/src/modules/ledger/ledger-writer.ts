import { type ServiceKind, uuidv7 } from '@shegong/core';
import { eq, inArray } from 'drizzle-orm';
import { clients, serviceRecords } from '../../db/schema/index.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';

/**
 * The only writer of `service_records` (see docs/ledger.md for the convention). Whatever
 * records a service — a case visit, a group session, an activity, an import — writes its
 * ledger rows through here, inside the transaction that saves the service itself.
 */
export interface ServiceRow {
  /** null for an unnamed headcount row. */
  clientId: string | null;
  stationId: string;
  organisationId: string;
  /** The client's community for a named row, the station's region for a headcount row. */
  regionCode: string;
  servedOn: string;
  kind: ServiceKind;
  serviceType?: string | null;
  content?: string | null;
  personTimes?: number;
  workerId?: string | null;
}

/** Where a station sits: every row it records carries its id and organisation. */
export interface StationPlace {
  id: string;
  organisationId: string;
  regionCode: string;
}

const BATCH = 500;

async function insertRows(rows: ServiceRow[], extra: { sourceId?: string; importId?: string }): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await q()
      .insert(serviceRecords)
      .values(
        rows.slice(i, i + BATCH).map((r) => ({
          id: uuidv7(),
          clientId: r.clientId,
          stationId: r.stationId,
          organisationId: r.organisationId,
          regionCode: r.regionCode,
          servedOn: r.servedOn,
          kind: r.kind,
          sourceId: extra.sourceId ?? null,
          serviceType: r.serviceType ?? null,
          content: r.content ?? null,
          personTimes: r.personTimes ?? 1,
          workerId: r.workerId ?? null,
          importId: extra.importId ?? null,
        })),
      );
  }
}

/**
 * Makes the ledger rows of one source (a session, an activity, a case visit) exactly `rows`:
 * an edit rewrites them, `[]` removes them. Idempotent, so a retried save never double counts.
 */
export async function replaceSourceRows(sourceId: string, rows: ServiceRow[]): Promise<void> {
  await inTransaction(async () => {
    await q().delete(serviceRecords).where(eq(serviceRecords.sourceId, sourceId));
    await insertRows(rows, { sourceId });
  });
}

export async function removeSourceRows(sourceId: string): Promise<void> {
  await replaceSourceRows(sourceId, []);
}

/** Rows that come from no source record (an Excel ledger), tagged with their import. */
export async function appendImportedRows(importId: string | null, rows: ServiceRow[]): Promise<void> {
  await inTransaction(() => insertRows(rows, { importId: importId ?? undefined }));
}

/**
 * A named row sits in the client's community when the station's own area (its town; a district
 * centre's district) covers it; a client served away from home sits at the station, so the
 * station's staff and its town still see the service.
 */
export function rowRegion(clientRegion: string, station: Pick<StationPlace, 'regionCode'>): string {
  const area = station.regionCode.slice(0, station.regionCode.slice(6, 9) === '000' ? 6 : 9);
  return clientRegion.startsWith(area) ? clientRegion : station.regionCode;
}

/**
 * The attendance convention for group sessions and activities: one row per named client
 * (person-times 1, region = the client's community) and one headcount row (clientId null,
 * person-times = headcount, region = the station's) when the headcount is above zero.
 */
export async function attendanceRows(input: {
  station: StationPlace;
  kind: ServiceKind;
  servedOn: string;
  clientIds: readonly string[];
  headcount: number;
  serviceType?: string | null;
  content?: string | null;
  workerId?: string | null;
}): Promise<ServiceRow[]> {
  const { station, clientIds, headcount, ...common } = input;
  const communities = clientIds.length
    ? new Map(
        (
          await q()
            .select({ id: clients.id, regionCode: clients.regionCode })
            .from(clients)
            .where(inArray(clients.id, [...clientIds]))
        ).map((c) => [c.id, c.regionCode]),
      )
    : new Map<string, string>();
  const base = { ...common, stationId: station.id, organisationId: station.organisationId };
  const named = clientIds.map((clientId) => ({
    ...base,
    clientId,
    regionCode: rowRegion(communities.get(clientId) ?? station.regionCode, station),
    personTimes: 1,
  }));
  return headcount > 0 ? [...named, { ...base, clientId: null, regionCode: station.regionCode, personTimes: headcount }] : named;
}
