import { usccCheckChar } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeOrganisation } from './organisations.fixtures.ts';

let t: TestApp;
let district: Client;
let provider: Client;
let orgId: string;
const first17 = '52440105MJL088615';
const uscc = first17 + usccCheckChar(first17);

const complete = {
  uscc,
  legalRepresentative: '黄嘉欣',
  registeringAuthority: '广州市海珠区民政局',
  registeredOn: '2016-05-12',
  address: '南华西街同福西路 112 号',
  contactPhone: '13826041187',
  serviceAreas: ['长者服务', '青少年服务'],
  staffTotal: 46,
  socialWorkerTotal: 31,
};

async function org(client: Client) {
  return (await client.get(`/api/organisations/${orgId}`)).body;
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = await makeOrganisation({ regionCode: '440105008000', name: '广州市海珠区启航社会工作服务中心' });
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgId });
  provider = t.client();
  await provider.login(o.username, o.password);
});
afterAll(() => t.close());

describe('organisation filing (备案): denials first', () => {
  it('a provider cannot decide its own filing; another district cannot see it', async () => {
    expect((await provider.post(`/api/organisations/${orgId}/filing/approve`, {})).status).toBe(403);
    const t2 = await makeUser({ roles: ['district_admin'], regionCode: '440106000000' });
    const tianhe = t.client();
    await tianhe.login(t2.username, t2.password);
    expect((await tianhe.post(`/api/organisations/${orgId}/filing/approve`, {})).status).toBe(404);
  });

  it('an incomplete filing cannot be submitted: every missing field is named', async () => {
    const reply = await provider.post(`/api/organisations/${orgId}/filing/submit`, {});
    expect(reply.status).toBe(400);
    const paths = reply.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual([
      'address',
      'contactPhone',
      'legalRepresentative',
      'registeredOn',
      'registeringAuthority',
      'serviceAreas',
      'uscc',
    ]);
    expect(reply.body.error.fields.find((f: { path: string }) => f.path === 'legalRepresentative').message).toBe(
      '法定代表人：提交备案前请填写',
    );
  });

  it('a draft cannot be approved', async () => {
    const reply = await district.post(`/api/organisations/${orgId}/filing/approve`, {});
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0].message).toMatch(/当前备案状态为「草稿」/);
  });
});

describe('organisation filing: the workflow', () => {
  it('draft → submitted → returned with comments → corrected → submitted → approved, each step recorded', async () => {
    const draft = await org(provider);
    expect(draft.filingStatus).toBe('draft');
    expect(draft.allowedActions).toEqual(expect.arrayContaining(['update', 'file', 'report']));
    const filled = await provider.patch(`/api/organisations/${orgId}`, { ...complete, version: draft.version });
    expect(filled.status).toBe(200);
    expect((await provider.post(`/api/organisations/${orgId}/filing/submit`, {})).body.filingStatus).toBe('submitted');
    expect((await org(provider)).allowedActions).not.toContain('update');
    expect((await provider.patch(`/api/organisations/${orgId}`, { staffTotal: 50, version: (await org(provider)).version })).status).toBe(
      403,
    );

    const noComment = await district.post(`/api/organisations/${orgId}/filing/return`, {});
    expect(noComment.body.error.fields[0]).toMatchObject({ path: 'comment' });
    const returned = await district.post(`/api/organisations/${orgId}/filing/return`, { comment: '请补充登记证书扫描件' });
    expect(returned.body).toMatchObject({ filingStatus: 'returned', filingComment: '请补充登记证书扫描件' });

    const seen = await org(provider);
    expect(seen.filingComment).toBe('请补充登记证书扫描件');
    const pdf = await provider.upload(
      `/api/files?ownerType=organisation&ownerId=${orgId}`,
      '登记证书.pdf',
      Buffer.from('%PDF-1.4 certificate'),
    );
    expect(pdf.status).toBe(201);
    const corrected = await provider.patch(`/api/organisations/${orgId}`, { documentIds: [pdf.body.id], version: seen.version });
    expect(corrected.body.documents).toEqual([{ id: pdf.body.id, name: '登记证书.pdf', size: 20 }]);
    expect((await provider.post(`/api/organisations/${orgId}/filing/submit`, {})).body.filingStatus).toBe('submitted');
    const approved = await district.post(`/api/organisations/${orgId}/filing/approve`, { comment: '材料齐全' });
    expect(approved.body.filingStatus).toBe('approved');
    expect((await provider.post(`/api/organisations/${orgId}/filing/submit`, {})).status).toBe(400);

    const events = (await provider.get(`/api/organisations/${orgId}/filing/events`)).body;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['submit', 'return', 'submit', 'approve']);
    expect(events[1]).toMatchObject({ fromStatus: 'submitted', toStatus: 'returned', comment: '请补充登记证书扫描件' });
    const trail = await (async () => {
      const c = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
      const city = t.client();
      await city.login(c.username, c.password);
      return (await city.get(`/api/audit?objectId=${orgId}&action=organisation.filing`)).body.items;
    })();
    expect(trail.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['organisation.filing.return', 'organisation.filing.approve']),
    );
  });

  it('a rejected filing is final', async () => {
    const id = await makeOrganisation({ regionCode: '440105001000' });
    const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: id });
    const admin = t.client();
    await admin.login(o.username, o.password);
    const first = `${first17.slice(0, 16)}3`;
    await admin.patch(`/api/organisations/${id}`, { ...complete, uscc: first + usccCheckChar(first), version: 1 });
    await admin.post(`/api/organisations/${id}/filing/submit`, {});
    expect((await district.post(`/api/organisations/${id}/filing/reject`, { comment: '不属于社会工作服务机构' })).body.filingStatus).toBe(
      'rejected',
    );
    const again = await admin.post(`/api/organisations/${id}/filing/submit`, {});
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0].message).toMatch(/不予备案/);
  });
});

describe('files', () => {
  it('refuses executable or mislabelled files and oversize uploads', async () => {
    expect((await provider.upload(`/api/files?ownerType=organisation&ownerId=${orgId}`, 'late.pdf', Buffer.from('%PDF'))).status).toBe(403);
    const exe = await district.upload(`/api/files?ownerType=organisation&ownerId=${orgId}`, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields[0].path).toBe('file');
    const fake = await district.upload(
      `/api/files?ownerType=organisation&ownerId=${orgId}`,
      'photo.pdf',
      Buffer.from('<script>alert(1)</script>'),
    );
    expect(fake.status).toBe(400);
    const big = await district.upload(
      `/api/files?ownerType=organisation&ownerId=${orgId}`,
      'big.pdf',
      Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(11 * 1024 * 1024)]),
    );
    expect(big.status).toBe(400);
    expect(big.body.error.fields[0].message).toMatch(/10 MB/);
  });

  it('serves files only as downloads, to those who see the owner', async () => {
    const up = await district.upload(`/api/files?ownerType=organisation&ownerId=${orgId}`, '章程.pdf', Buffer.from('%PDF-1.7 charter'));
    const download = await provider.get(`/api/files/${up.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const other = await makeUser({
      roles: ['org_admin'],
      regionCode: '440100000000',
      organisationId: await makeOrganisation({ regionCode: '440105008000' }),
    });
    const stranger = t.client();
    await stranger.login(other.username, other.password);
    expect((await stranger.get(`/api/files/${up.body.id}`)).status).toBe(404);
  });
});
