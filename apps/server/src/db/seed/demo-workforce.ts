import { idCardCheckChar, maskIdNumber, pinyinKeys, uuidv7 } from '@shegong/core';
import { eq, like } from 'drizzle-orm';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { q } from '../../platform/db/tx.ts';
import {
  communityAssignments,
  educationRecords,
  presenceCheckins,
  regions,
  socialWorkers,
  stationPosts,
  trainingEnrolments,
  trainings,
  workerRegistrations,
} from '../schema/index.ts';
import { addDays, seededRandom, todayInChina } from './demo-random.ts';

type Level = 'assistant' | 'intermediate' | 'senior' | null;
interface Person {
  name: string;
  org: string;
  station: string;
  post: 'head' | 'deputy_head' | 'worker' | 'supervisor';
  level: Level;
  born: string;
  /** Registration story: valid | renewal (expires within 3 months) | pending | first | expired | none */
  reg: 'valid' | 'renewal' | 'pending' | 'first' | 'expired' | 'none';
  /** Continuing-education hours in the current period. */
  hours: number;
  user?: string;
}

const PEOPLE: Person[] = [
  { name: '黄嘉欣', org: 'qihang', station: 'nhx', post: 'head', level: 'senior', born: '19820314', reg: 'valid', hours: 96 },
  {
    name: '林晓燕',
    org: 'qihang',
    station: 'nhx',
    post: 'worker',
    level: 'intermediate',
    born: '19930722',
    reg: 'valid',
    hours: 54,
    user: 'worker.lin',
  },
  {
    name: '王淑贞',
    org: 'qihang',
    station: 'nhx',
    post: 'supervisor',
    level: 'senior',
    born: '19760905',
    reg: 'valid',
    hours: 120,
    user: 'supervisor.wang',
  },
  {
    name: '张子豪',
    org: 'qihang',
    station: 'nhx',
    post: 'deputy_head',
    level: 'intermediate',
    born: '19880117',
    reg: 'renewal',
    hours: 61,
  },
  { name: '李敏仪', org: 'qihang', station: 'nhx-1', post: 'worker', level: 'assistant', born: '19970430', reg: 'valid', hours: 30 },
  { name: '梁嘉豪', org: 'qihang', station: 'nhx-2', post: 'worker', level: 'assistant', born: '19981111', reg: 'renewal', hours: 40 },
  { name: '何婉婷', org: 'qihang', station: 'nhx-3', post: 'worker', level: 'intermediate', born: '19910603', reg: 'valid', hours: 92 },
  { name: '谢志强', org: 'qihang', station: 'nhx', post: 'worker', level: 'assistant', born: '19990219', reg: 'pending', hours: 8 },
  { name: '邓美华', org: 'qihang', station: 'hz-centre', post: 'head', level: 'senior', born: '19791024', reg: 'valid', hours: 88 },
  { name: '朱晓琳', org: 'qihang', station: 'nhx', post: 'worker', level: null, born: '20010808', reg: 'none', hours: 0 },
  { name: '陈晓彤', org: 'heyue', station: 'cg', post: 'head', level: 'intermediate', born: '19850312', reg: 'valid', hours: 77 },
  { name: '吴俊杰', org: 'heyue', station: 'cg', post: 'worker', level: 'assistant', born: '19960127', reg: 'expired', hours: 20 },
  { name: '周丽萍', org: 'heyue', station: 'cg-1', post: 'worker', level: 'assistant', born: '19940915', reg: 'first', hours: 12 },
  { name: '郑凯文', org: 'heyue', station: 'xg', post: 'head', level: 'intermediate', born: '19870506', reg: 'renewal', hours: 35 },
  { name: '冯雪莹', org: 'heyue', station: 'xg', post: 'worker', level: 'assistant', born: '19980713', reg: 'valid', hours: 73 },
  { name: '蔡文斌', org: 'heyue', station: 'xg', post: 'supervisor', level: 'senior', born: '19750802', reg: 'valid', hours: 101 },
  { name: '罗志明', org: 'tongxin', station: 'ws', post: 'head', level: 'senior', born: '19800418', reg: 'valid', hours: 95 },
  {
    name: '陈家豪',
    org: 'tongxin',
    station: 'ws',
    post: 'worker',
    level: 'intermediate',
    born: '19950321',
    reg: 'valid',
    hours: 66,
    user: 'worker.chen',
  },
  { name: '杨慧敏', org: 'tongxin', station: 'ws-1', post: 'worker', level: 'assistant', born: '19970105', reg: 'renewal', hours: 25 },
  { name: '许晓东', org: 'tongxin', station: 'ws-2', post: 'worker', level: 'assistant', born: '19990930', reg: 'valid', hours: 44 },
  { name: '曾颖欣', org: 'tongxin', station: 'sp', post: 'head', level: 'intermediate', born: '19890211', reg: 'valid', hours: 90 },
  { name: '彭伟健', org: 'tongxin', station: 'sp', post: 'worker', level: 'assistant', born: '19960604', reg: 'pending', hours: 5 },
  { name: '苏雅琪', org: 'tongxin', station: 'th-centre', post: 'supervisor', level: 'senior', born: '19770318', reg: 'valid', hours: 84 },
  { name: '袁家乐', org: 'tongxin', station: 'sp', post: 'worker', level: null, born: '20000112', reg: 'none', hours: 0 },
];

const COURSES = [
  '社会工作伦理与实务',
  '个案管理实务',
  '长者服务专题',
  '儿童保护与困境儿童服务',
  '社区营造与居民参与',
  '危机介入',
  '督导技巧',
];

export interface WorkforceRefs {
  orgIds: Map<string, string>;
  stations: Map<string, { id: string; regionCode: string; organisationId: string }>;
  userIds: Map<string, string>;
}

/** ≥ 20 workers with mixed levels, registration and education states, posts, trainings, and weeks of check-ins. */
export async function seedWorkforce(refs: WorkforceRefs): Promise<{ workers: number; checkins: number }> {
  const today = todayInChina();
  const random = seededRandom(4401);
  const crypto = fieldCrypto();
  const workerIds = new Map<string, string>();
  let sequence = 100;
  for (const [i, p] of PEOPLE.entries()) {
    const station = refs.stations.get(p.station);
    if (!station) throw new Error(`demo station ${p.station} missing`);
    const first17 = `440105${p.born}${String(100 + i * 2 + (i % 2)).padStart(3, '0')}`;
    const idNumber = first17 + idCardCheckChar(first17);
    const id = uuidv7();
    workerIds.set(p.name, id);
    const keys = pinyinKeys(p.name);
    await q()
      .insert(socialWorkers)
      .values({
        id,
        name: p.name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        idNumberEnc: crypto.encrypt(idNumber),
        idNumberHash: crypto.lookupHash(idNumber),
        idNumberMasked: maskIdNumber(idNumber) as string,
        gender: Number(idNumber[16]) % 2 ? 'male' : 'female',
        birthDate: `${p.born.slice(0, 4)}-${p.born.slice(4, 6)}-${p.born.slice(6)}`,
        mobile: `139${String(20000000 + i * 7919).slice(0, 8)}`,
        education: random.pick(['bachelor', 'bachelor', 'junior_college', 'master']),
        major: random.pick(['社会工作', '社会工作', '心理学', '社会学']),
        organisationId: station.organisationId,
        regionCode: station.regionCode,
        userId: p.user ? (refs.userIds.get(p.user) ?? null) : null,
        qualificationLevel: p.level,
        certificateNo: p.level ? `2${String(random.int(1000000, 9999999))}${i}` : null,
        certifiedYear: p.level ? random.int(2012, 2022) : null,
      });
    await q()
      .insert(stationPosts)
      .values({ id: uuidv7(), stationId: station.id, workerId: id, post: p.post, startsOn: addDays(today, -random.int(200, 1500)) });

    // Registration: validity three years; "renewal" ends within the 3-month window; "expired" ended last month.
    const until =
      p.reg === 'renewal'
        ? addDays(today, random.int(20, 80))
        : p.reg === 'expired'
          ? addDays(today, -35)
          : addDays(today, random.int(300, 900));
    const from = addDays(`${Number(until.slice(0, 4)) - 3}${until.slice(4)}`, 1);
    if (p.reg !== 'none') {
      const issued = p.reg === 'valid' || p.reg === 'renewal' || p.reg === 'expired';
      const status = issued ? 'issued' : p.reg === 'first' ? 'first_approved' : 'pending';
      await q()
        .insert(workerRegistrations)
        .values({
          id: uuidv7(),
          workerId: id,
          kind: 'initial',
          status,
          appliedOn: issued ? addDays(from, -20) : addDays(today, -6),
          firstReviewedAt: status === 'pending' ? null : new Date(),
          finalReviewedAt: issued ? new Date() : null,
          registrationNo: issued ? `粤社登${from.slice(0, 4)}${String(++sequence).padStart(6, '0')}` : null,
          validFrom: issued ? from : null,
          validUntil: issued ? until : null,
        });
    }
    // Continuing-education hours spread across the period.
    let left = p.hours;
    while (left > 0) {
      const hours = Math.min(left, random.pick([6, 8, 12, 16]));
      left -= hours;
      await q()
        .insert(educationRecords)
        .values({
          id: uuidv7(),
          workerId: id,
          course: random.pick(COURSES),
          provider: random.pick(['广州市社会工作协会', '中山大学社会工作系', '广州市民政局']),
          takenOn: addDays(from, random.int(10, 700)),
          hours: hours.toFixed(1),
        });
    }
  }

  const training = uuidv7();
  await q()
    .insert(trainings)
    .values({
      id: training,
      title: '2026 年新入职社工岗前培训',
      kind: 'new_worker',
      regionCode: '440100000000',
      provider: '广州市社会工作协会',
      startsOn: addDays(today, 10),
      endsOn: addDays(today, 12),
      hours: '18.0',
      capacity: 60,
      location: '广州市社会工作服务中心培训室',
    });
  const supervisorTraining = uuidv7();
  await q()
    .insert(trainings)
    .values({
      id: supervisorTraining,
      title: '督导人才培训（第三期）',
      kind: 'supervisor',
      regionCode: '440100000000',
      provider: '中山大学社会工作系',
      startsOn: addDays(today, -40),
      endsOn: addDays(today, -38),
      hours: '24.0',
      capacity: 30,
      location: '中山大学南校区',
    });
  for (const name of ['朱晓琳', '袁家乐', '谢志强'])
    await q()
      .insert(trainingEnrolments)
      .values({ id: uuidv7(), trainingId: training, workerId: workerIds.get(name) as string });
  for (const name of ['王淑贞', '蔡文斌']) {
    const enrolment = uuidv7();
    await q()
      .insert(trainingEnrolments)
      .values({
        id: enrolment,
        trainingId: supervisorTraining,
        workerId: workerIds.get(name) as string,
        status: 'attended',
        attendedHours: '24.0',
      });
    await q()
      .insert(educationRecords)
      .values({
        id: uuidv7(),
        workerId: workerIds.get(name) as string,
        course: '督导人才培训（第三期）',
        provider: '中山大学社会工作系',
        takenOn: addDays(today, -38),
        hours: '24.0',
        enrolmentId: enrolment,
      });
  }

  // 一社区一社工: communities of 南华西, 赤岗 and 五山 with a worker, and four weeks of check-ins.
  const assignments: { code: string; worker: string; station: string; diligence: number }[] = [];
  const plan: [string, string, string[]][] = [
    ['440105008', 'nhx', ['林晓燕', '李敏仪', '梁嘉豪', '何婉婷', '谢志强', '张子豪']],
    ['440105001', 'cg', ['吴俊杰', '周丽萍']],
    ['440106001', 'ws', ['陈家豪', '杨慧敏', '许晓东']],
  ];
  for (const [town, stationKey, names] of plan) {
    const communities = await q()
      .select({ code: regions.code })
      .from(regions)
      .where(like(regions.code, `${town}%`))
      .orderBy(regions.code);
    const list = communities.map((c) => c.code).filter((c) => c.length === 12 && !c.endsWith('000'));
    names.forEach((name, i) => {
      const code = list[i];
      if (code) assignments.push({ code, worker: name, station: stationKey, diligence: i % 3 === 2 ? 0.35 : 0.8 });
    });
  }
  let checkins = 0;
  for (const a of assignments) {
    const station = refs.stations.get(a.station);
    const workerId = workerIds.get(a.worker) as string;
    if (!station) continue;
    await q()
      .insert(communityAssignments)
      .values({ id: uuidv7(), communityCode: a.code, workerId, stationId: station.id, startsOn: addDays(today, -60) });
    for (let d = 28; d >= 1; d--) {
      const day = addDays(today, -d);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6 || !random.chance(a.diligence)) continue;
      const arrive = `0${random.int(8, 9)}:${String(random.int(0, 59)).padStart(2, '0')}:00`;
      await q()
        .insert(presenceCheckins)
        .values({
          id: uuidv7(),
          workerId,
          communityCode: a.code,
          stationId: station.id,
          organisationId: station.organisationId,
          day,
          arrivedAt: arrive,
          leftAt: `${random.int(15, 17)}:${String(random.int(0, 59)).padStart(2, '0')}:00`,
          latitude: 23.11 + random.next() / 100,
          longitude: 113.26 + random.next() / 100,
          accuracyM: random.int(8, 40),
        });
      checkins++;
    }
  }
  await q().update(socialWorkers).set({ isActive: true }).where(eq(socialWorkers.isActive, true));
  return { workers: PEOPLE.length, checkins };
}
