import { audit } from '../../platform/audit/audit.ts';
import { isInScopeOf } from '../../platform/authz/authorize.ts';
import { fieldError } from '../../platform/http/errors.ts';
import type { ImportContext } from '../imports/import-kinds.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import { findStation } from '../stations/stations.repository.ts';
import { coverCategoryDates, type FileOnRecord, filesByIdNumbers, insertClientFiles, type NewPerson } from './ledger-import.repository.ts';
import { appendImportedRows, rowRegion, type ServiceRow, type StationPlace } from './ledger-writer.ts';

/** One accepted line of an imported ledger, as checked for the preview. */
export interface LedgerImportRow {
  /** The file the line attaches to; null when the person is new (`newPerson`). */
  clientId: string | null;
  newPerson: NewPerson | null;
  /** The person's community (the row's region). */
  regionCode: string;
  servedOn: string;
  personTimes: number;
  categories: string[];
  serviceType: string | null;
  content: string | null;
}

/** The station named by the upload's `stationId`, which the importer must be able to see (its organisation's). */
export async function loadImportStation(context: ImportContext): Promise<StationPlace & { name: string }> {
  const stationId = context.options?.stationId;
  const station = typeof stationId === 'string' ? await findStation(stationId) : null;
  if (!station || !isInScopeOf(context.actor, stationPolicy, station)) throw fieldError('stationId', 'field.station_unknown');
  return { id: station.id, organisationId: station.organisationId, regionCode: station.regionCode, name: station.name };
}

/**
 * All or nothing, in the commit's transaction: files for new people (one per ID number, even
 * over many lines; a file opened since the preview is attached to instead), category holdings
 * covering the service dates, then the ledger rows tagged with the import. Every step is a
 * query per chunk of rows, never per row.
 */
export async function commitLedgerImport(rows: LedgerImportRow[], context: ImportContext): Promise<void> {
  const station = await loadImportStation(context);
  const newPeople = new Map<string, NewPerson>();
  for (const row of rows) {
    if (!row.clientId && row.newPerson && !newPeople.has(row.newPerson.idNumber)) newPeople.set(row.newPerson.idNumber, row.newPerson);
  }
  const opened = new Map<string, { id: string; regionCode: string }>();
  const attach = (idNumber: string, file: FileOnRecord | undefined) => {
    // The number's file was removed between the insert's conflict and this lookup: the row cannot be placed.
    if (!file) throw fieldError('idNumber', 'field.client_id_taken');
    // Opened elsewhere since the preview: the commit stops, naming no row and no holder.
    if (!file.attachable) throw fieldError('idNumber', file.seen ? 'ledger.client_other_org' : 'ledger.client_held_elsewhere');
    opened.set(idNumber, file);
  };
  const onFile = await filesByIdNumbers([...newPeople.keys()], station.organisationId);
  for (const [idNumber, file] of onFile) attach(idNumber, file);
  const { created, taken } = await insertClientFiles(
    [...newPeople.values()].filter((person) => !onFile.has(person.idNumber)),
    station,
  );
  for (const [idNumber, id] of created) opened.set(idNumber, { id, regionCode: (newPeople.get(idNumber) as NewPerson).regionCode });
  // Opened by someone else while this commit ran (their transaction committed first): attach, or refuse as above.
  if (taken.length > 0) {
    const since = await filesByIdNumbers(taken, station.organisationId);
    for (const idNumber of taken) attach(idNumber, since.get(idNumber));
  }
  const serviceRows: ServiceRow[] = [];
  const categoryDays = new Map<string, { clientId: string; category: string; days: string[] }>();
  for (const row of rows) {
    const file = row.clientId ? { id: row.clientId, regionCode: row.regionCode } : opened.get(row.newPerson?.idNumber ?? '');
    if (!file) continue;
    serviceRows.push({
      clientId: file.id,
      stationId: station.id,
      organisationId: station.organisationId,
      regionCode: rowRegion(file.regionCode, station),
      servedOn: row.servedOn,
      kind: 'imported',
      serviceType: row.serviceType,
      content: row.content,
      personTimes: row.personTimes,
    });
    for (const category of row.categories) {
      const key = `${file.id}|${category}`;
      const entry = categoryDays.get(key) ?? { clientId: file.id, category, days: [] };
      entry.days.push(row.servedOn);
      categoryDays.set(key, entry);
    }
  }
  const holdings = await coverCategoryDates(categoryDays);
  await appendImportedRows(context.importId ?? null, serviceRows);
  await audit({
    action: 'ledger.import',
    objectType: 'station',
    objectId: station.id,
    details: { importId: context.importId, rows: serviceRows.length, clientsCreated: created.size, holdingsAdded: holdings },
  });
}
