import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { type ClientsWorld, clientsWorld, newClient } from '../clients/clients.setup.ts';

let t: TestApp;
let w: ClientsWorld;
let clientId: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await clientsWorld(t);
  clientId = (await w.worker.post('/api/clients', newClient(w))).body.id;
});
afterAll(() => t?.close());

const upload = (name: string) => w.worker.upload(`/api/files?ownerType=client&ownerId=${clientId}`, name, '%PDF-1.4 test');

describe('uploaded file names', () => {
  it('lose bidi controls, so a name cannot display as another (invoice\\u202Efdp.exe shows as invoiceexe.pdf)', async () => {
    for (const control of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
    ]) {
      const reply = await upload(`低保证明${control}gpj.pdf`);
      expect(reply.status, JSON.stringify(control)).toBe(201);
      expect(reply.body.name).toBe('低保证明gpj.pdf');
    }
  });

  it('lose other control characters, and the download offers the cleaned name', async () => {
    const reply = await upload('评估\u0007报告\u0085\ufeff\u2028第1期.pdf');
    expect(reply.status).toBe(201);
    expect(reply.body.name).toBe('评估报告第1期.pdf');
    const download = await w.worker.get(`/api/files/${reply.body.id}`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('评估报告第1期.pdf')}`);
  });
});
