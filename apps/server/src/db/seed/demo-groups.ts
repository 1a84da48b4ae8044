import { uuidv7 } from '@shegong/core';
import { q } from '../../platform/db/tx.ts';
import {
  activities,
  activityParticipants,
  groupAttendance,
  groupMembers,
  groupSessions,
  groups,
  type serviceRecords,
} from '../schema/index.ts';
import { addDays, type seededRandom } from './demo-random.ts';

type Random = ReturnType<typeof seededRandom>;

const GROUPS = [
  ['长者健康互助小组', 'elderly_alone', '提升长者自我健康管理能力，建立邻里互助网络'],
  ['青少年成长小组', 'child_in_difficulty', '增强困境青少年的自信与人际交往能力'],
  ['照顾者减压小组', 'severe_disability', '缓解残障人士家庭照顾者的压力'],
] as const;
const ACTIVITIES = [
  '重阳敬老文艺汇演',
  '社区义诊进万家',
  '垃圾分类宣传日',
  '亲子读书会',
  '防范电信诈骗讲座',
  '端午包粽送温暖',
  '长者智能手机课堂',
  '社区邻里节',
];

export interface StationGroupsInput {
  station: { id: string; regionCode: string; organisationId: string };
  key: string;
  members: { id: string; categories: string[]; community: string }[];
  workers: string[];
  random: Random;
  ledger: (typeof serviceRecords.$inferInsert)[];
  today: string;
  yearStart: string;
}

/** A station's groups with sessions and attendance, and its community activities; ledger rows are collected in `ledger`. */
export async function seedStationGroups({
  station,
  key,
  members,
  workers,
  random,
  ledger,
  today,
  yearStart,
}: StationGroupsInput): Promise<void> {
  // Groups and community activities of the station, with attendance on the ledger.
  for (const [g, [name, category, aims]] of GROUPS.entries()) {
    if (key.includes('-') && g > 0) continue;
    const groupId = uuidv7();
    const candidates = members.filter((m) => m.categories.includes(category)).slice(0, 10);
    const sessions = random.int(4, 8);
    const phase = random.pick(['mature', 'transition', 'ending', 'closed', 'forming']);
    await q()
      .insert(groups)
      .values({
        id: groupId,
        name,
        stationId: station.id,
        organisationId: station.organisationId,
        regionCode: station.regionCode,
        phase,
        aims,
        targetCategory: category,
        plannedSessions: 8,
        facilitatorWorkerId: workers[0] ?? null,
        startsOn: addDays(yearStart, 60 + g * 30),
      });
    for (const m of candidates)
      await q()
        .insert(groupMembers)
        .values({ groupId, clientId: m.id, joinedOn: addDays(yearStart, 55 + g * 30) });
    for (let s = 1; s <= sessions; s++) {
      const heldOn = addDays(yearStart, 60 + g * 30 + s * 14);
      if (heldOn > today) break;
      const sessionId = uuidv7();
      const extra = random.int(0, 4);
      await q()
        .insert(groupSessions)
        .values({
          id: sessionId,
          groupId,
          sessionNo: s,
          heldOn,
          theme: `第${s}节：${random.pick(['相互认识', '分享与倾听', '技能练习', '资源分享', '回顾与展望'])}`,
          facilitatorWorkerId: workers[0] ?? null,
          extraHeadcount: extra,
        });
      for (const m of candidates.filter(() => random.chance(0.8))) {
        await q().insert(groupAttendance).values({ sessionId, clientId: m.id });
        ledger.push({
          id: uuidv7(),
          clientId: m.id,
          stationId: station.id,
          organisationId: station.organisationId,
          regionCode: m.community,
          servedOn: heldOn,
          kind: 'group_session',
          sourceId: sessionId,
          personTimes: 1,
        });
      }
      if (extra > 0)
        ledger.push({
          id: uuidv7(),
          clientId: null,
          stationId: station.id,
          organisationId: station.organisationId,
          regionCode: station.regionCode,
          servedOn: heldOn,
          kind: 'group_session',
          sourceId: sessionId,
          personTimes: extra,
        });
    }
  }
  for (let a = 0; a < (key.includes('-') ? 3 : 9); a++) {
    const heldOn = addDays(yearStart, random.int(10, 310));
    if (heldOn > today) continue;
    const activityId = uuidv7();
    const headcount = random.int(25, 140);
    await q()
      .insert(activities)
      .values({
        id: activityId,
        theme: random.pick(ACTIVITIES),
        stationId: station.id,
        organisationId: station.organisationId,
        regionCode: station.regionCode,
        heldOn,
        place: random.pick(['社区广场', '社工站活动室', '社区党群服务中心']),
        headcount,
        volunteerCount: random.int(3, 15),
        description: '居民踊跃参与，现场气氛热烈',
      });
    for (const m of members.filter(() => random.chance(0.08))) {
      await q().insert(activityParticipants).values({ activityId, clientId: m.id });
      ledger.push({
        id: uuidv7(),
        clientId: m.id,
        stationId: station.id,
        organisationId: station.organisationId,
        regionCode: m.community,
        servedOn: heldOn,
        kind: 'activity',
        sourceId: activityId,
        personTimes: 1,
      });
    }
    ledger.push({
      id: uuidv7(),
      clientId: null,
      stationId: station.id,
      organisationId: station.organisationId,
      regionCode: station.regionCode,
      servedOn: heldOn,
      kind: 'activity',
      sourceId: activityId,
      personTimes: headcount,
    });
  }
}
