import { idCardCheckChar, upgradeIdCard15 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { clients } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';
import { makeClient, shareClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';
import { importChunks, insertClientFiles } from './ledger-import.repository.ts';
import { prefetchFiles } from './ledger-import.ts';
import { ledgerBatch } from './ledger-writer.ts';

let t: TestApp;
let worker: Client;
let orgA: string;
let stationA: string;
let stationB: string;
let chen: { id: string; idNumber: string | null };
let stranger: { idNumber: string | null };
const TOWN = '440105008000';
const ID15 = '440105450302013';
const full = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A valid ID number whose check character is X, written with a lowercase x. */
function idWithLowercaseX(): string {
  for (let seq = 100; ; seq++) {
    const first17 = `44010519520708${seq}`;
    if (idCardCheckChar(first17) === 'X') return `${first17}x`;
  }
}
const LOWER_X = idWithLowercaseX();

/** The way stations keep ledgers: two title rows, a header merged over two rows, every date style, totals at the end. */
async function messyLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2023年台账');
  ws.addRow(['南华西街社工站2023年服务台账']);
  ws.mergeCells('A1:K1');
  ws.addRow(['填报单位：南华西街社工站', '', '', '', '', '', '', '统计时间：2023年5月']);
  ws.addRow(['序号', '服务对象基本情况', '', '', '', '', '', '类别', '服务情况', '', '']);
  ws.addRow(['', '姓名', '性别', '年龄', '身份证号码', '电话', '社区', '', '日期', '服务内容', '人次']);
  for (const range of ['A3:A4', 'B3:G3', 'H3:H4', 'I3:K3']) ws.mergeCells(range);
  const rows: unknown[][] = [
    // 5: the person already on file, an Excel date, a full-width count.
    ['1', '陈美玲', '女', '78', chen.idNumber, '', '鳌洲社区', '低保', new Date(Date.UTC(2023, 4, 1)), '上门探访', '１'],
    // 6 and 8: a new person with an old 15-digit number, two lines, one file.
    ['2', '李志强', '男', '78', ID15, full('13912345678'), '福安社区', '独居老人、高龄老人', '2023年5月1日', '政策咨询', '２人次'],
    // 7: a new person with a lowercase x, no community written (the station's area).
    ['3', '黄丽华', '女', '70', LOWER_X, '', '', '', '2023.5.1', '健康讲座', 1],
    ['4', '李志强', '男', '78', full(ID15), '', '福安社区', '独居老人', '2023/05/01', '陪同就医', ''],
    // 9: no year: flagged, never guessed.
    ['5', '周建国', '男', '66', testIdNumber(31, '19570101'), '', '鳌洲社区', '', '5月3日', '探访', 1],
    // 10: a category the list does not have.
    ['6', '吴桂英', '女', '90', testIdNumber(32, '19330101'), '', '鳌洲社区', '五保户', '2023-05-04', '探访', 1],
    // 11: a wrong check character.
    ['7', '郑强', '男', '50', '440105197301010010', '', '鳌洲社区', '', '2023-05-04', '探访', 1],
    // 12: someone on file with another organisation.
    ['8', '孙小梅', '女', '40', stranger.idNumber, '', '鳌洲社区', '', '2023-05-04', '探访', 1],
    // 13: an Excel serial typed as a number, a community outside the station's town.
    ['9', '钱七', '男', '60', testIdNumber(35, '19630101'), '', '五山街岳洲社区', '', 45050, '探访', 1],
    // 14: neither an ID number nor a matching file.
    ['10', '冯八', '男', '60', '', '13800000000', '鳌洲社区', '', 45050, '探访', 1],
  ];
  for (const row of rows) ws.addRow(row);
  ws.addRow([]);
  ws.addRow(['合计', '', '', '', '', '', '', '', '', '', 11]);
  ws.addRow(['制表人：黄社工']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function waitReady(client: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const reply = await client.get(`/api/imports/${id}`);
    if (reply.body.status !== 'parsing') return reply;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: TOWN });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  chen = await makeClient({
    regionCode: '440105008101',
    organisationId: orgA,
    stationId: stationA,
    name: '陈美玲',
    idNumber: testIdNumber(40, '19450302'),
  });
  stranger = await makeClient({
    regionCode: '440105008101',
    organisationId: orgB,
    stationId: stationB,
    name: '孙小梅',
    idNumber: testIdNumber(42, '19830101'),
  });
  const w = await makeUser({ roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  worker = t.client();
  await worker.login(w.username, w.password);
});
afterAll(() => t.close());

describe('ledger import: denials and validation first', () => {
  it('needs the import permission and a station of the importer’s own organisation', async () => {
    const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const district = t.client();
    await district.login(d.username, d.password);
    const file = await messyLedger();
    expect((await district.upload(`/api/imports?kind=ledger&stationId=${stationA}`, 'a.xlsx', file)).status).toBe(403);
    const missing = await worker.upload('/api/imports?kind=ledger', 'a.xlsx', file);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('stationId');
    const other = await worker.upload(`/api/imports?kind=ledger&stationId=${stationB}`, 'a.xlsx', file);
    expect(other.body.error.fields[0]).toMatchObject({ path: 'stationId', message: '站点：站点不存在或不在您的管辖范围内' });
    // Kinds that declare no options still refuse unknown parameters.
    const o = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const officer = t.client();
    await officer.login(o.username, o.password);
    const extra = await officer.upload(`/api/imports?kind=organisations&stationId=${stationA}`, 'a.xlsx', file);
    expect(extra.body.error.fields[0]).toMatchObject({ path: 'stationId' });
  });
});

describe('ledger import of a messy station ledger', () => {
  let importId: string;

  it('previews: finds the header under two titles, reads every date form, flags a date without a year, stops at 合计', async () => {
    const upload = await worker.upload(`/api/imports?kind=ledger&stationId=${stationA}`, '南华西街台账.xlsx', await messyLedger());
    expect(upload.status).toBe(202);
    importId = upload.body.id;
    const preview = (await waitReady(worker, importId)).body;
    expect(preview, JSON.stringify(preview.problems)).toMatchObject({
      status: 'ready',
      headerRow: 4,
      totalRows: 10,
      acceptedRows: 4,
      rejectedRows: 6,
    });
    expect(preview.mapping).toMatchObject({
      name: '姓名',
      idNumber: '身份证号码',
      mobile: '电话',
      community: '社区',
      category: '类别',
      servedOn: '日期',
      content: '服务内容',
      personTimes: '人次',
    });
    const byRow = Object.fromEntries(
      preview.problems.map((p: { rowNumber: number; messages: string[] }) => [p.rowNumber, p.messages.join(' | ')]),
    );
    expect(byRow[9]).toBe('服务日期：日期缺少年份，请补全（不会自动猜测）');
    expect(byRow[10]).toBe('服务对象类别：服务对象类别“五保户”不在类别目录中');
    expect(byRow[11]).toBe('身份证号码：身份证号码校验位错误');
    expect(byRow[12]).toMatch(/已在其他机构建档/);
    expect(byRow[13]).toMatch(/找不到社区“五山街岳洲社区”/);
    expect(byRow[14]).toMatch(/身份证号为空/);
    expect((await worker.get('/api/ledger?kind=imported')).body.total).toBe(0);
    const errors = await worker.get(`/api/imports/${importId}/errors`);
    expect(errors.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it('commits the accepted lines at once: the known person’s file is reused, a new person gets one file for two lines', async () => {
    const committed = await worker.post(`/api/imports/${importId}/commit`);
    expect(committed.body.status).toBe('committed');
    const ledger = (await worker.get('/api/ledger?kind=imported&pageSize=50')).body;
    expect(ledger.total).toBe(4);
    const byContent = Object.fromEntries(ledger.items.map((i: { content: string }) => [i.content, i]));
    expect(byContent.上门探访).toMatchObject({
      clientId: chen.id,
      servedOn: '2023-05-01',
      personTimes: 1,
      categories: [{ code: 'dibao' }],
    });
    expect(byContent.政策咨询).toMatchObject({
      name: '李志强',
      servedOn: '2023-05-01',
      personTimes: 2,
      mobile: '139****5678',
      communityName: '福安社区居委会',
    });
    expect(byContent.政策咨询.idNumber).toBe(`${upgradeIdCard15(ID15).slice(0, 6)}********${upgradeIdCard15(ID15).slice(-4)}`);
    expect(byContent.陪同就医.clientId).toBe(byContent.政策咨询.clientId);
    expect(byContent.健康讲座).toMatchObject({ name: '黄丽华', regionCode: TOWN, idNumber: expect.stringMatching(/X$/) });
    expect(byContent.陪同就医.categories.map((c: { code: string }) => c.code).sort()).toEqual(['elderly_advanced', 'elderly_alone']);
  });

  it('counts the imported lines in the measures', async () => {
    const summary = (await worker.get(`/api/ledger/summary?from=2023-05-01&to=2023-05-31&stationId=${stationA}`)).body;
    expect(summary).toMatchObject({ personTimes: 5, peopleServed: 3, caseVisits: 0 });
    const people = Object.fromEntries(summary.peopleByCategory.map((c: { code: string; people: number }) => [c.code, c.people]));
    expect(people).toMatchObject({ dibao: 1, elderly_alone: 1, elderly_advanced: 1, tekun: 0 });
  });

  it('the same file uploaded again finds every line already imported', async () => {
    const again = await worker.upload(`/api/imports?kind=ledger&stationId=${stationA}`, '南华西街台账.xlsx', await messyLedger());
    const preview = (await waitReady(worker, again.body.id)).body;
    expect(preview.acceptedRows).toBe(0);
    expect(preview.problems.find((p: { rowNumber: number }) => p.rowNumber === 5).messages[0]).toMatch(/已导入/);
  });
});

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
    const context = { memo, rowNumber: 0 } as unknown as Parameters<typeof prefetchFiles>[1];
    const fresh = testIdNumber(500, '19420101');
    await prefetchFiles(
      [{ idNumber: chen.idNumber }, { idNumber: ` ${stranger.idNumber} ` }, { idNumber: fresh }, { idNumber: '440105197301010010' }, {}],
      context,
    );
    expect(memo.get(`id:${chen.idNumber}`)).toEqual({ id: chen.id, name: '陈美玲', regionCode: '440105008101', attachable: true });
    expect(memo.get(`id:${stranger.idNumber}`)).toMatchObject({ name: '孙小梅', attachable: false });
    expect(memo.get(`id:${fresh}`)).toBeNull();
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
