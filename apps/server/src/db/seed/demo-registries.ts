import { usccCheckChar, uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import {
  organisationAnnualReports,
  organisationCreditMarks,
  organisationFilingEvents,
  organisationGrants,
  organisationRatings,
  organisations,
  regions,
} from '../schema/index.ts';
import { addDays, todayInChina } from './demo-random.ts';

/** District populations (2020 census, rounded) for per-capita indicators. */
const POPULATION: Record<string, number> = {
  '440103000000': 1_238_000,
  '440104000000': 1_039_000,
  '440105000000': 1_819_000,
  '440106000000': 2_242_000,
  '440111000000': 3_743_000,
  '440112000000': 1_264_000,
  '440113000000': 2_658_000,
  '440114000000': 1_642_000,
  '440115000000': 847_000,
  '440117000000': 718_000,
  '440118000000': 1_466_000,
};

const FILING = {
  registeringAuthority: '广州市海珠区民政局',
  legalRepresentative: '黄嘉欣',
  registeredOn: '2016-05-12',
  serviceAreas: ['长者服务', '青少年服务', '家庭服务', '社区发展'],
  staffTotal: 46,
  socialWorkerTotal: 31,
};

async function file(orgId: string, steps: { action: string; from: string; to: string; comment?: string; at: string; actor: string }[]) {
  for (const s of steps) {
    await q()
      .insert(organisationFilingEvents)
      .values({
        id: uuidv7(),
        organisationId: orgId,
        action: s.action,
        fromStatus: s.from,
        toStatus: s.to,
        comment: s.comment ?? null,
        actorName: s.actor,
        at: new Date(`${s.at}T10:00:00+08:00`),
      });
  }
}

/**
 * Filing states a district sees on a normal day: one approved, one returned with comments,
 * two waiting for review, one draft; ratings (one about to expire), a credit mark, grants,
 * yearly reports; populations for per-10,000 indicators.
 */
export async function seedRegistries(orgIds: Map<string, string>): Promise<void> {
  const today = todayInChina();
  for (const [code, population] of Object.entries(POPULATION)) await q().update(regions).set({ population }).where(eq(regions.code, code));
  const qihang = orgIds.get('qihang') as string;
  const heyue = orgIds.get('heyue') as string;
  const tongxin = orgIds.get('tongxin') as string;

  await q()
    .update(organisations)
    .set({
      ...FILING,
      filingStatus: 'approved',
      filingSubmittedAt: new Date('2025-03-02T09:00:00+08:00'),
      filingDecidedAt: new Date('2025-03-09T15:00:00+08:00'),
      filingComment: '材料齐全，准予备案',
    })
    .where(eq(organisations.id, qihang));
  await file(qihang, [
    { action: 'submit', from: 'draft', to: 'submitted', at: '2025-03-02', actor: '黄嘉欣' },
    { action: 'approve', from: 'submitted', to: 'approved', comment: '材料齐全，准予备案', at: '2025-03-09', actor: '何振东' },
  ]);
  const returned = '请补充机构章程及理事会成员名单；服务领域与登记证书不一致，请核对。';
  await q()
    .update(organisations)
    .set({
      ...FILING,
      legalRepresentative: '陈晓彤',
      registeredOn: '2018-09-20',
      staffTotal: 28,
      socialWorkerTotal: 19,
      filingStatus: 'returned',
      filingSubmittedAt: new Date(`${addDays(today, -12)}T09:00:00+08:00`),
      filingDecidedAt: new Date(`${addDays(today, -8)}T16:00:00+08:00`),
      filingComment: returned,
    })
    .where(eq(organisations.id, heyue));
  await file(heyue, [
    { action: 'submit', from: 'draft', to: 'submitted', at: addDays(today, -12), actor: '陈晓彤' },
    { action: 'return', from: 'submitted', to: 'returned', comment: returned, at: addDays(today, -8), actor: '何振东' },
  ]);
  await q()
    .update(organisations)
    .set({
      ...FILING,
      registeringAuthority: '广州市天河区民政局',
      legalRepresentative: '罗志明',
      registeredOn: '2014-11-03',
      filingStatus: 'submitted',
      filingSubmittedAt: new Date(`${addDays(today, -3)}T11:00:00+08:00`),
    })
    .where(eq(organisations.id, tongxin));
  await file(tongxin, [{ action: 'submit', from: 'draft', to: 'submitted', at: addDays(today, -3), actor: '罗志明' }]);

  for (const [name, body, region, daysAgo] of [
    ['广州市海珠区康宁社会工作服务中心', '52440105MJL3318', '440105003000', 2],
    ['广州市海珠区乐群社会工作服务社', '52440105MJL5524', '440105010000', 5],
  ] as const) {
    const id = uuidv7();
    const first17 = `${body}${'00'}`.slice(0, 17);
    await q()
      .insert(organisations)
      .values({
        id,
        name,
        ...pinyinColumns(name),
        uscc: first17 + usccCheckChar(first17),
        usccChecksumOk: true,
        type: 'private_non_enterprise',
        regionCode: region,
        address: '海珠区',
        contactName: '梁晓峰',
        contactPhone: '13925167702',
        ...FILING,
        legalRepresentative: '梁晓峰',
        staffTotal: 12,
        socialWorkerTotal: 8,
        filingStatus: 'submitted',
        filingSubmittedAt: new Date(`${addDays(today, -daysAgo)}T10:00:00+08:00`),
      });
    await file(id, [{ action: 'submit', from: 'draft', to: 'submitted', at: addDays(today, -daysAgo), actor: '梁晓峰' }]);
  }

  const rating = (organisationId: string, score: number, grade: string, ratedOn: string) => ({
    id: uuidv7(),
    organisationId,
    score,
    grade,
    ratedOn,
    validUntil: addDays(`${Number(ratedOn.slice(0, 4)) + 5}${ratedOn.slice(4)}`, -1),
    ratedBy: '广州市社会组织评估委员会',
  });
  await q()
    .insert(organisationRatings)
    .values([
      rating(qihang, 872, '4A', '2023-06-15'),
      rating(heyue, 735, '3A', addDays(addDays(today, 75), -5 * 365 - 1)),
      rating(tongxin, 931, '5A', '2024-11-20'),
    ]);
  await q()
    .insert(organisationCreditMarks)
    .values({
      id: uuidv7(),
      organisationId: heyue,
      kind: 'abnormal',
      description: '未按时报送 2024 年度工作报告，列入活动异常名录',
      issuedBy: '广州市海珠区民政局',
      issuedOn: '2025-07-01',
      expiresOn: addDays(today, 200),
    });
  await q()
    .insert(organisationGrants)
    .values([
      {
        id: uuidv7(),
        organisationId: qihang,
        kind: 'startup_subsidy',
        amount: '50000.00',
        grantedOn: '2016-08-01',
        note: '新办社工机构开办资助',
      },
      {
        id: uuidv7(),
        organisationId: tongxin,
        kind: 'rating_reward',
        amount: '100000.00',
        grantedOn: '2025-01-15',
        note: '5A 等级评估奖励',
      },
    ]);
  await q()
    .insert(organisationAnnualReports)
    .values([
      {
        id: uuidv7(),
        organisationId: qihang,
        year: 2025,
        income: '2486000.00',
        expenditure: '2391500.00',
        staffTotal: 46,
        socialWorkerTotal: 31,
        summary: '全年开展个案 312 个、小组 46 个、社区活动 158 场，服务 4.2 万人次。',
        status: 'accepted',
        reviewedAt: new Date('2026-03-20T10:00:00+08:00'),
      },
      {
        id: uuidv7(),
        organisationId: heyue,
        year: 2025,
        income: '1620000.00',
        expenditure: '1587000.00',
        staffTotal: 28,
        socialWorkerTotal: 19,
        summary: '承接赤岗、新港两个社工站服务，开展长者与青少年服务。',
        status: 'submitted',
      },
    ]);
}
