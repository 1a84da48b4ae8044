import { LIFE_DOMAINS, maskIdNumber, maskMobile, NEED_LEVELS, pinyinKeys, uuidv7 } from '@shegong/core';
import { eq, like } from 'drizzle-orm';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { q } from '../../platform/db/tx.ts';
import {
  caseEvents,
  caseGoals,
  caseNotes,
  cases,
  clientCategoryHoldings,
  clientConsents,
  clients,
  householdMembers,
  regions,
  serviceRecords,
  socialWorkers,
} from '../schema/index.ts';
import { seedStationGroups } from './demo-groups.ts';
import { birthBetween, chineseName, idNumberFor, mobileFor } from './demo-people.ts';
import { addDays, seededRandom, todayInChina } from './demo-random.ts';

type Station = { id: string; regionCode: string; organisationId: string };
type Random = ReturnType<typeof seededRandom>;

const STAGES = [
  'intake',
  'assessment',
  'plan',
  'intervention',
  'intervention',
  'intervention',
  'intervention',
  'evaluation',
  'closed',
  'closed',
  'declined',
] as const;
const PROBLEMS = [
  '独居高龄，近期跌倒两次，子女在外地',
  '父母离异，随祖母生活，学业困难',
  '重度残疾，家庭照顾压力大',
  '低保家庭，长期病患，医疗负担重',
  '空巢老人，情绪低落，社会支持薄弱',
  '困境儿童，监护缺失，需评估安全',
];
const VISIT_TEXT = [
  '入户探访，了解近况与身体状况',
  '电话跟进，确认用药与饮食',
  '陪同就医并协助办理医保报销',
  '链接社区志愿者提供助餐服务',
  '与学校老师沟通学业情况',
  '家庭会议，讨论照顾安排',
];

function categoriesFor(random: Random, birth: string): string[] {
  const year = Number(birth.slice(0, 4));
  if (year <= 1956) {
    const c = [random.pick(['elderly_alone', 'elderly_empty_nest', 'elderly_alone'])];
    if (year <= 1946) c.push('elderly_advanced');
    if (random.chance(0.25)) c.push(random.pick(['dibao', 'tekun', 'severe_disability']));
    return c;
  }
  if (year >= 2008) return [random.pick(['child_in_difficulty', 'child_in_difficulty', 'left_behind_child', 'de_facto_orphan'])];
  return [random.pick(['dibao', 'dibian', 'severe_disability', 'dibao'])];
}

async function communitiesOf(station: Station): Promise<string[]> {
  if (station.regionCode.slice(9) !== '000') return [station.regionCode];
  const rows = await q()
    .select({ code: regions.code })
    .from(regions)
    .where(like(regions.code, `${station.regionCode.slice(0, 9)}%`));
  return rows
    .map((r) => r.code)
    .filter((c) => !c.endsWith('000'))
    .slice(0, 8);
}

/** A few hundred clients across categories, cases at every stage, groups and activities, all on the ledger. */
export async function seedCasework(
  stationMap: Map<string, Station>,
  supervisorUserId: string | undefined,
): Promise<{ clients: number; cases: number; ledgerRows: number }> {
  const random = seededRandom(20261123);
  const crypto = fieldCrypto();
  const today = todayInChina();
  const yearStart = `${today.slice(0, 4)}-01-05`;
  let clientCount = 0;
  let caseCount = 0;
  let ledgerRows = 0;
  const ledger: (typeof serviceRecords.$inferInsert)[] = [];
  const plan: [string, number][] = [
    ['nhx', 70],
    ['nhx-1', 25],
    ['nhx-2', 20],
    ['cg', 55],
    ['xg', 35],
    ['ws', 60],
    ['ws-1', 20],
    ['sp', 40],
  ];
  let caseSeq = 0;
  for (const [key, count] of plan) {
    const station = stationMap.get(key);
    if (!station) continue;
    const communities = await communitiesOf(station);
    const workers = (
      await q().select({ id: socialWorkers.id }).from(socialWorkers).where(eq(socialWorkers.organisationId, station.organisationId))
    ).map((w) => w.id);
    const members: { id: string; categories: string[]; community: string }[] = [];
    for (let i = 0; i < count; i++) {
      const kind = random.next();
      const birth =
        kind < 0.6 ? birthBetween(random, 1932, 1956) : kind < 0.8 ? birthBetween(random, 2010, 2019) : birthBetween(random, 1965, 2000);
      const idNumber = idNumberFor(random, birth, station.regionCode.slice(0, 6));
      const mobile = Number(birth.slice(0, 4)) >= 2008 ? null : mobileFor(random);
      const name = chineseName(random);
      const keys = pinyinKeys(name);
      const community = random.pick(communities);
      const id = uuidv7();
      const risk = random.chance(0.15) ? 'high' : random.chance(0.35) ? 'medium' : 'low';
      const inserted = await q()
        .insert(clients)
        .values({
          id,
          name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          idType: 'resident_id',
          idNumberEnc: crypto.encrypt(idNumber),
          idNumberHash: crypto.lookupHash(idNumber),
          idNumberMasked: maskIdNumber(idNumber),
          gender: Number(idNumber[16]) % 2 ? 'male' : 'female',
          birthDate: birth,
          mobileEnc: mobile ? crypto.encrypt(mobile) : null,
          mobileHash: mobile ? crypto.lookupHash(mobile) : null,
          mobileMasked: mobile ? maskMobile(mobile) : null,
          regionCode: community,
          addressEnc: crypto.encrypt(`${random.int(1, 120)}号${random.int(1, 20)}0${random.int(1, 6)}房`),
          riskLevel: risk,
          tags: risk === 'high' ? ['重点关注'] : [],
          stationId: station.id,
          organisationId: station.organisationId,
          workerId: workers.length ? random.pick(workers) : null,
        })
        .onConflictDoNothing()
        .returning({ id: clients.id });
      if (inserted.length === 0) continue;
      clientCount++;
      const categories = categoriesFor(random, birth);
      members.push({ id, categories, community });
      for (const code of categories)
        await q()
          .insert(clientCategoryHoldings)
          .values({ id: uuidv7(), clientId: id, categoryCode: code, effectiveFrom: addDays(yearStart, -random.int(30, 900)) });
      const child = Number(birth.slice(0, 4)) >= 2012;
      const givenOn = addDays(yearStart, -random.int(0, 300));
      for (const purpose of ['service', 'sensitive_data']) {
        await q()
          .insert(clientConsents)
          .values({
            id: uuidv7(),
            clientId: id,
            purpose,
            givenBy: child ? 'guardian' : 'self',
            guardianName: child ? chineseName(random) : null,
            guardianRelation: child ? random.pick(['grandparent', 'parent', 'legal_guardian']) : null,
            givenOn,
          });
      }
      if (random.chance(0.3))
        await q()
          .insert(householdMembers)
          .values({
            id: uuidv7(),
            clientId: id,
            name: chineseName(random),
            relation: child ? 'grandparent' : random.pick(['spouse', 'child', 'child']),
            birthDate: birthBetween(random, 1950, 1985),
          });

      if (random.chance(0.28) && workers.length) {
        const stage = random.pick(STAGES);
        const caseId = uuidv7();
        const intakeOn = addDays(yearStart, random.int(0, 250));
        const approved = ['intervention', 'evaluation', 'closed'].includes(stage);
        await q()
          .insert(cases)
          .values({
            id: caseId,
            caseNo: `${station.regionCode.startsWith('440105') ? 'HZ' : 'TH'}-${intakeOn.slice(0, 4)}-${String(++caseSeq).padStart(6, '0')}`,
            clientId: id,
            stationId: station.id,
            organisationId: station.organisationId,
            regionCode: community,
            workerId: random.pick(workers),
            supervisorUserId: supervisorUserId ?? null,
            stage,
            approval: stage === 'plan' ? 'pending' : 'none',
            source: random.pick(['self', 'outreach', 'outreach', 'referral_in']),
            intakeOn,
            presentingProblem: random.pick(PROBLEMS),
            declinedReason: stage === 'declined' ? '不属于本站服务范围，已告知可联系的机构' : null,
            assessment:
              stage === 'intake' || stage === 'declined'
                ? null
                : {
                    needs: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { level: random.pick(NEED_LEVELS) }])),
                    risks: '独居，近期有跌倒史',
                    strengths: '邻里关系良好，女儿每周探望',
                  },
            evaluation: stage === 'evaluation' || stage === 'closed' ? { summary: '服务对象的照顾安排已稳定，社区支持网络初步建立' } : null,
            closureReason: stage === 'closed' ? random.pick(['goals_met', 'goals_met', 'moved']) : null,
            closureOutcome: stage === 'closed' ? '服务目标基本达成，建立了稳定的社区支持网络' : null,
            closedOn: stage === 'closed' ? addDays(intakeOn, random.int(90, 180)) : null,
            riskLevel: risk,
            nextReviewOn: approved && stage !== 'closed' ? addDays(today, random.int(-20, 40)) : null,
          });
        caseCount++;
        await q()
          .insert(caseEvents)
          .values({
            id: uuidv7(),
            caseId,
            action: 'intake',
            toStage: 'intake',
            actorName: '社工',
            at: new Date(`${intakeOn}T09:00:00+08:00`),
          });
        if (approved || stage === 'plan') {
          await q()
            .insert(caseGoals)
            .values([
              {
                id: uuidv7(),
                caseId,
                description: '建立稳定的日常照顾安排',
                targetDate: addDays(intakeOn, 120),
                status: stage === 'closed' ? 'achieved' : 'open',
                sortOrder: 1,
              },
              {
                id: uuidv7(),
                caseId,
                description: '链接社区资源，减轻经济压力',
                targetDate: addDays(intakeOn, 150),
                status: stage === 'closed' ? 'achieved' : 'open',
                sortOrder: 2,
              },
            ]);
        }
        if (approved) {
          const visits = random.int(3, 10);
          for (let v = 0; v < visits; v++) {
            const on = addDays(intakeOn, 20 + v * random.int(10, 25));
            if (on > today) break;
            const noteId = uuidv7();
            await q()
              .insert(caseNotes)
              .values({
                id: noteId,
                caseId,
                kind: 'visit',
                occurredOn: on,
                mode: random.pick(['home_visit', 'home_visit', 'phone', 'office']),
                place: '服务对象家中',
                durationMinutes: random.int(30, 90),
                content: random.pick(VISIT_TEXT),
                authorUserId: uuidv7(),
                authorName: '社工',
              });
            ledger.push({
              id: uuidv7(),
              clientId: id,
              stationId: station.id,
              organisationId: station.organisationId,
              regionCode: community,
              servedOn: on,
              kind: 'case_visit',
              sourceId: noteId,
              content: null,
              personTimes: 1,
            });
          }
        }
      }
    }
    await seedStationGroups({ station, key, members, workers, random, ledger, today, yearStart });
  }
  for (let i = 0; i < ledger.length; i += 500)
    await q()
      .insert(serviceRecords)
      .values(ledger.slice(i, i + 500));
  ledgerRows = ledger.length;
  return { clients: clientCount, cases: caseCount, ledgerRows };
}
