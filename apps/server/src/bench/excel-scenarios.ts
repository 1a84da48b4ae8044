import { idCardCheckChar } from '@shegong/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { q } from '../platform/db/tx.ts';
import type { BenchContext } from './context.ts';
import { round } from './load.ts';

/** Times one Excel export of about `rows` ledger rows (a period chosen to hold that many). */
export async function benchExport(baseUrl: string, cookie: string, rows: number) {
  const [window] = (
    await q().execute<{ day: string }>(sql`
      select served_on::text as day from service_records order by served_on desc offset ${Math.max(0, rows - 1)} limit 1`)
  ).rows;
  const from = window?.day ?? '2000-01-01';
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/ledger/export?from=${from}`, { headers: { cookie } });
  const buffer = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  const [count] = (await q().execute<{ n: number }>(sql`select count(*)::int as n from service_records where served_on >= ${from}`)).rows;
  const rawStarted = performance.now();
  await q().execute(
    sql`select r.*, c.name, c.id_number_masked from service_records r left join clients c on c.id = r.client_id where r.served_on >= ${from}`,
  );
  const rawMs = performance.now() - rawStarted;
  return {
    status: response.status,
    rows: count?.n ?? 0,
    ms: round(ms),
    bytes: buffer.length,
    rowsPerSecond: Math.round(((count?.n ?? 0) / ms) * 1000),
    rawMs: round(rawMs),
  };
}

/**
 * A station ledger of `rows` lines as stations keep them: 2,000 people not yet on file (valid ID
 * numbers, so each gets a file), five services each, dates written the Chinese way.
 */
async function ledgerWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['社工站服务台账（2026年）']);
  ws.addRow(['姓名', '身份证号码', '服务日期', '服务内容', '服务人次', '类别']);
  const people = Math.max(1, Math.floor(rows / 5));
  for (let i = 0; i < rows; i++) {
    const person = i % people;
    const first17 = `440104${1930 + (person % 60)}0${1 + (person % 9)}1${person % 9}${String(person % 1000).padStart(3, '0')}`;
    ws.addRow([
      `导入对象${person}`,
      first17 + idCardCheckChar(first17),
      `2026年${(i % 10) + 1}月${(i % 27) + 1}日`,
      '电话慰问',
      1,
      '独居老人',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Upload, check (preview) and commit an import of `rows` ledger lines; rows per second end to end. */
export async function benchImport(baseUrl: string, cookie: string, ctx: BenchContext, rows: number) {
  const workbook = await ledgerWorkbook(rows);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(workbook)]), 'ledger.xlsx');
  const started = performance.now();
  const upload = await fetch(`${baseUrl}/api/imports?kind=ledger&stationId=${ctx.stationId}`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl },
    body: form,
  });
  const job = (await upload.json()) as { id: string; status: string };
  let status = job;
  while (status.status === 'parsing') {
    await new Promise((r) => setTimeout(r, 200));
    status = (await (await fetch(`${baseUrl}/api/imports/${job.id}`, { headers: { cookie } })).json()) as typeof job & {
      acceptedRows: number;
    };
  }
  const checked = performance.now();
  const commit = await fetch(`${baseUrl}/api/imports/${job.id}/commit`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
    body: '{}',
  });
  const result = (await commit.json()) as { status: string; acceptedRows: number };
  const ms = performance.now() - started;
  return {
    status: result.status,
    rows,
    accepted: result.acceptedRows,
    checkMs: round(checked - started),
    ms: round(ms),
    rowsPerSecond: Math.round((rows / ms) * 1000),
  };
}
