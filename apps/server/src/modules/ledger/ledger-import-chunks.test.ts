import { uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { clients } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';
import { makeClient, shareClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';
import { importChunks, insertClientFiles } from './ledger-import.repository.ts';
import { type LedgerImportWorld, ledgerImportWorld, TOWN, waitReady } from './ledger-import.setup.ts';
import { prefetchFiles } from './ledger-import.ts';
import { ledgerBatch } from './ledger-writer.ts';

let t: TestApp;
let worker: Client;
let orgA: string;
let stationA: string;
let chen: LedgerImportWorld['chen'];
let stranger: LedgerImportWorld['stranger'];

beforeAll(async () => {
  ({ t, worker, orgA, stationA, chen, stranger } = await ledgerImportWorld());
});
afterAll(() => t.close());

/** A plain ledger: one header row, then the lines (name, ID number, category, date, content). */
async function plainLedger(lines: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '身份证号码', '类别', '服务日期', '服务内容', '服务人次']);
  for (const line of lines) ws.addRow([...line, 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function previewOf(lines: unknown[][]) {
  const upload = await worker.upload(`/api/imports?kind=ledger&stationId=${stationA}`, 'ledger.xlsx', await plainLedger(lines));
  expect(upload.status).toBe(202);
  return (await waitReady(worker, upload.body.id)).body;
}

/** Ledger rows of an import per file. */
async function rowsByClient(importId: string): Promise<Map<string, number>> {
  const { rows } = await t.database.pool.query<{ client_id: string; n: number }>(
    'select client_id, count(*)::int as n from service_records where import_id = $1 group by client_id',
    [importId],
  );
  return new Map(rows.map((r) => [r.client_id, r.n]));
}

const fileOf = async (idNumber: string) =>
  (
    await q()
      .select()
      .from(clients)
      .where(eq(clients.idNumberHash, fieldCrypto().lookupHash(idNumber)))
  )[0] ?? null;

const audited = async (action: string, objectId: string) =>
  (
    await t.database.pool.query('select details from audit_log where action = $1 and object_id = $2 order by id', [action, objectId])
  ).rows.map((r) => JSON.parse(r.details));

describe('ledger import in chunks: lookups and writes per chunk, never per row', () => {
  const defaults = { ...importChunks };
  const ledgerDefaults = { ...ledgerBatch };
  afterEach(() => {
    Object.assign(importChunks, defaults);
    Object.assign(ledgerBatch, ledgerDefaults);
  });

  it('a ledger past the check’s 250-row chunk, written in small chunks: one file per new person, rows attach to files on record', async () => {
    // Small statements, so every lookup and insert crosses several chunk boundaries.
    Object.assign(importChunks, { lookup: 7, insert: 5 });
    Object.assign(ledgerBatch, { rows: 5 });
    const shared = await makeClient({
      regionCode: '440105008101',
      organisationId: await makeOrganisation({ regionCode: TOWN }),
      name: '共享对象',
    });
    await shareClient(shared.id, { regionCode: TOWN, organisationId: orgA }, 'full');
    const survivor = await makeClient({ regionCode: '440105008101', organisationId: orgA, stationId: stationA, name: '何秀英' });
    const merged = await makeClient({ regionCode: '440105008101', organisationId: orgA, stationId: stationA, name: '何秀英' });
    await q().update(clients).set({ status: 'merged', mergedIntoId: survivor.id }).where(eq(clients.id, merged.id));
    const people = Array.from({ length: 24 }, (_, p) => ({ name: `新对象${p}`, idNumber: testIdNumber(100 + p, '19380101') }));
    const lines: unknown[][] = [];
    // Each new person's three lines lie 24 rows apart, so they fall into different chunks.
    for (let i = 0; i < 72; i++) {
      const person = people[i % 24] as (typeof people)[number];
      lines.push([person.name, person.idNumber, '低保', `2022-03-${String((i % 27) + 1).padStart(2, '0')}`, `探访${i}`]);
    }
    // Many lines of one person already on file.
    for (let k = 0; k < 200; k++)
      lines.push(['陈美玲', chen.idNumber, '', `2022-${String((k % 12) + 1).padStart(2, '0')}-15`, `电话慰问${k}`]);
    for (let k = 0; k < 3; k++) lines.push(['共享对象', shared.idNumber, '', `2022-04-0${k + 1}`, '转介跟进']);
    for (let k = 0; k < 2; k++) lines.push(['何秀英', merged.idNumber, '', `2022-05-0${k + 1}`, '探访']);

    const preview = await previewOf(lines);
    expect(preview, JSON.stringify(preview.problems)).toMatchObject({
      status: 'ready',
      totalRows: 277,
      acceptedRows: 277,
      rejectedRows: 0,
    });
    const committed = await worker.post(`/api/imports/${preview.id}/commit`);
    expect(committed.body.status).toBe('committed');

    const byClient = await rowsByClient(preview.id);
    expect(byClient.get(chen.id)).toBe(200);
    expect(byClient.get(shared.id)).toBe(3);
    expect(byClient.get(survivor.id)).toBe(2);
    expect(byClient.has(merged.id)).toBe(false);
    for (const person of people) {
      const file = await fileOf(person.idNumber);
      expect(file).toMatchObject({ name: person.name, stationId: stationA, organisationId: orgA, idType: 'resident_id' });
      expect(byClient.get(file?.id as string)).toBe(3);
    }
    expect(byClient.size).toBe(27);
    const [details] = (await audited('ledger.import', stationA)).slice(-1);
    expect(details).toMatchObject({ importId: preview.id, rows: 277, clientsCreated: 24, holdingsAdded: 24 });
    expect(await audited('import.ledger', preview.id)).toEqual([{ accepted: 277, rejected: 0 }]);
    // The rollups (kept by the ledger trigger, row by row) count every line.
    const summary = (await worker.get(`/api/ledger/summary?from=2022-01-01&to=2022-12-31&stationId=${stationA}`)).body;
    expect(summary).toMatchObject({ personTimes: 277, peopleServed: 27 });
  });

  it('a file opened since the preview is attached to; one opened at another organisation refuses the whole commit', async () => {
    const [x, y, z, w] = [1, 2, 3, 4].map((seq) => ({ name: `后建档${seq}`, idNumber: testIdNumber(200 + seq, '19390101') }));
    const first = await previewOf([
      [x?.name, x?.idNumber, '', '2022-06-01', '探访'],
      [y?.name, y?.idNumber, '', '2022-06-01', '探访'],
      [x?.name, x?.idNumber, '', '2022-06-02', '探访'],
    ]);
    expect(first.acceptedRows).toBe(3);
    const opened = await makeClient({
      regionCode: '440105008101',
      organisationId: orgA,
      stationId: stationA,
      name: x?.name,
      idNumber: x?.idNumber,
    });
    expect((await worker.post(`/api/imports/${first.id}/commit`)).body.status).toBe('committed');
    const byClient = await rowsByClient(first.id);
    expect(byClient.get(opened.id)).toBe(2);
    expect(byClient.get((await fileOf(y?.idNumber as string))?.id as string)).toBe(1);
    expect((await audited('ledger.import', stationA)).slice(-1)[0]).toMatchObject({ rows: 3, clientsCreated: 1 });

    const second = await previewOf([
      [z?.name, z?.idNumber, '', '2022-06-03', '探访'],
      [w?.name, w?.idNumber, '', '2022-06-03', '探访'],
    ]);
    expect(second.acceptedRows).toBe(2);
    await makeClient({
      regionCode: '440105008101',
      organisationId: await makeOrganisation({ regionCode: TOWN }),
      name: w?.name,
      idNumber: w?.idNumber,
    });
    const refused = await worker.post(`/api/imports/${second.id}/commit`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({ path: 'idNumber' });
    expect(refused.body.error.fields[0].message).toMatch(/其他机构/);
    // Nothing half-written: no ledger row, no file for the other new person, the import still ready.
    expect((await rowsByClient(second.id)).size).toBe(0);
    expect(await fileOf(z?.idNumber as string)).toBeNull();
    expect((await worker.get(`/api/imports/${second.id}`)).body.status).toBe('ready');
  });

  it('the multi-row insert keeps one person one file: a number filed meanwhile is skipped and reported, not duplicated', async () => {
    const onFile = await makeClient({
      regionCode: '440105008101',
      organisationId: orgA,
      stationId: stationA,
      idNumber: testIdNumber(300, '19400101'),
    });
    const fresh = testIdNumber(301, '19400101');
    const station = { id: stationA, organisationId: orgA, regionCode: TOWN };
    const result = await inTransaction(() =>
      insertClientFiles(
        [
          { name: '已建档', idNumber: onFile.idNumber as string, mobile: null, regionCode: TOWN },
          { name: '新建档', idNumber: fresh, mobile: '13912345678', regionCode: TOWN },
        ],
        station,
      ),
    );
    expect(result.taken).toEqual([onFile.idNumber]);
    expect([...result.created.keys()]).toEqual([fresh]);
    expect(await fileOf(onFile.idNumber as string)).toMatchObject({ id: onFile.id });
    expect(await fileOf(fresh)).toMatchObject({
      id: result.created.get(fresh),
      name: '新建档',
      mobileMasked: '139****5678',
      gender: 'male',
      birthDate: '1940-01-01',
    });
  });

  it('prefetches the files of a chunk of rows in one lookup, under the keys the row check reads', async () => {
    Object.assign(importChunks, { lookup: 2 });
    const memo = new Map<string, unknown>([['station', { id: stationA, organisationId: orgA, regionCode: TOWN, name: '' }]]);
    const actor = {
      userId: uuidv7(),
      username: 'w',
      displayName: 'w',
      roles: ['worker'],
      permissions: new Set(),
      regionCode: TOWN,
      organisationId: orgA,
    };
    const context = { memo, rowNumber: 0, actor } as unknown as Parameters<typeof prefetchFiles>[1];
    const fresh = testIdNumber(500, '19420101');
    await prefetchFiles(
      [{ idNumber: chen.idNumber }, { idNumber: ` ${stranger.idNumber} ` }, { idNumber: fresh }, { idNumber: '440105197301010010' }, {}],
      context,
    );
    expect(memo.get(`id:${chen.idNumber}`)).toEqual({
      file: { id: chen.id, name: '陈美玲', regionCode: '440105008101', attachable: true, seen: true },
      outcome: 'own',
    });
    // Another organisation's file: kept for the server, answered as "held elsewhere" (an identity lookup).
    expect(memo.get(`id:${stranger.idNumber}`)).toMatchObject({
      file: { name: '孙小梅', attachable: false, seen: false },
      outcome: 'elsewhere',
    });
    expect(memo.get(`id:${fresh}`)).toEqual({ file: null, outcome: 'none' });
    expect(memo.size).toBe(4);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'a file created by a concurrent transaction while the commit runs is attached to, never duplicated',
    async () => {
      const [racer, other] = [1, 2].map((seq) => ({ name: `并发${seq}`, idNumber: testIdNumber(400 + seq, '19410101') }));
      const preview = await previewOf([
        [racer?.name, racer?.idNumber, '', '2022-07-01', '探访'],
        [other?.name, other?.idNumber, '', '2022-07-01', '探访'],
      ]);
      const connection = await t.database.pool.connect();
      try {
        // Another transaction files the person first and holds its lock on the keyed hash.
        await connection.query('begin');
        const id = '01900000-0000-7000-8000-00000000abcd';
        await connection.query(
          `insert into clients (id, name, name_pinyin, name_initials, id_type, id_number_hash, region_code, station_id, organisation_id)
           values ($1, $2, '', '', 'resident_id', $3, '440105008101', $4, $5)`,
          [id, racer?.name, fieldCrypto().lookupHash(racer?.idNumber as string), stationA, orgA],
        );
        const commit = worker.post(`/api/imports/${preview.id}/commit`);
        await new Promise((r) => setTimeout(r, 300));
        await connection.query('commit');
        expect((await commit).body.status).toBe('committed');
        const byClient = await rowsByClient(preview.id);
        expect(byClient.get(id)).toBe(1);
        expect(byClient.get((await fileOf(other?.idNumber as string))?.id as string)).toBe(1);
        expect((await audited('ledger.import', stationA)).slice(-1)[0]).toMatchObject({ rows: 2, clientsCreated: 1 });
      } finally {
        connection.release();
      }
    },
  );
});
