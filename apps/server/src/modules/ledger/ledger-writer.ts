import { type ServiceKind, uuidv7 } from '@shegong/core';
import { eq, inArray, sql } from 'drizzle-orm';
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

/** Rows per statement: one INSERT ... SELECT FROM unnest(arrays), a dozen parameters whatever the size. */
export const ledgerBatch = { rows: 2000 };

async function insertRows(rows: readonly ServiceRow[], extra: { sourceId?: string; importId?: string }): Promise<void> {
  for (let i = 0; i < rows.length; i += ledgerBatch.rows) {
    const slice = rows.slice(i, i + ledgerBatch.rows);
    const column = <T>(pick: (r: ServiceRow) => T) => sql.param(slice.map(pick));
    await q().execute(sql`
      insert into ${serviceRecords} (id, client_id, station_id, organisation_id, region_code, served_on, kind,
        service_type, content, person_times, worker_id, source_id, import_id)
      select t.id, t.client_id, t.station_id, t.organisation_id, t.region_code, t.served_on, t.kind,
        t.service_type, t.content, t.person_times, t.worker_id, ${extra.sourceId ?? null}::uuid, ${extra.importId ?? null}::uuid
      from unnest(${sql.param(slice.map(() => uuidv7()))}::uuid[], ${column((r) => r.clientId)}::uuid[],
        ${column((r) => r.stationId)}::uuid[], ${column((r) => r.organisationId)}::uuid[], ${column((r) => r.regionCode)}::varchar[],
        ${column((r) => r.servedOn)}::date[], ${column((r) => r.kind)}::text[], ${column((r) => r.serviceType ?? null)}::text[],
        ${column((r) => r.content ?? null)}::text[], ${column((r) => r.personTimes ?? 1)}::int[], ${column((r) => r.workerId ?? null)}::uuid[])
        as t(id, client_id, station_id, organisation_id, region_code, served_on, kind, service_type, content, person_times, worker_id)`);
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
export async function appendImportedRows(importId: string | null, rows: readonly ServiceRow[]): Promise<void> {
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
