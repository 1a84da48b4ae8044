import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';

export const TOWN = '440105008000';
/** Digits written full-width (０-９), as some ledgers are typed. */
export const full = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export interface LedgerImportWorld {
  t: TestApp;
  /** A worker of organisation A, signed in. */
  worker: Client;
  orgA: string;
  stationA: string;
  stationB: string;
  /** On file at organisation A. */
  chen: { id: string; idNumber: string | null };
  /** On file at organisation B only. */
  stranger: { idNumber: string | null };
}

/** Two organisations with a station each in 南华西街, a file at each, and organisation A's worker. */
export async function ledgerImportWorld(): Promise<LedgerImportWorld> {
  const t = await startTestApp();
  const orgA = await makeOrganisation({ regionCode: TOWN });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  const stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  const stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  const chen = await makeClient({
    regionCode: '440105008101',
    organisationId: orgA,
    stationId: stationA,
    name: '陈美玲',
    idNumber: testIdNumber(40, '19450302'),
  });
  const stranger = await makeClient({
    regionCode: '440105008101',
    organisationId: orgB,
    stationId: stationB,
    name: '孙小梅',
    idNumber: testIdNumber(42, '19830101'),
  });
  const w = await makeUser({ roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  const worker = t.client();
  await worker.login(w.username, w.password);
  return { t, worker, orgA, stationA, stationB, chen, stranger };
}

/** Polls an import until its check has finished. */
export async function waitReady(client: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const reply = await client.get(`/api/imports/${id}`);
    if (reply.body.status !== 'parsing') return reply;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}
