import { uuidv7 } from '@shegong/core';
import { addDays, type seededRandom } from '../demo-random.ts';
import { bulkInsert, type Progress } from './bulk.ts';
import type { Network, Station } from './network.ts';
import { col, type Person } from './people.ts';

type Random = ReturnType<typeof seededRandom>;

const LEDGER = [
  'id:uuid',
  'client_id:uuid',
  'station_id:uuid',
  'organisation_id:uuid',
  'region_code:varchar',
  'served_on:date',
  'kind:text',
  'source_id:uuid',
  'person_times:int4',
  'worker_id:uuid',
].map(col);
const STAGES = [
  'intake',
  'assessment',
  'plan',
  'intervention',
  'intervention',
  'intervention',
  'evaluation',
  'closed',
  'closed',
  'declined',
];

class Buffers {
  ledger: unknown[][] = [];
  cases: unknown[][] = [];
  notes: unknown[][] = [];
  groups: unknown[][] = [];
  sessions: unknown[][] = [];
  attendance: unknown[][] = [];
  activities: unknown[][] = [];
  participants: unknown[][] = [];
  size() {
    return this.ledger.length + this.attendance.length + this.notes.length;
  }
}

async function flush(b: Buffers, progress: Progress): Promise<void> {
  await bulkInsert(
    'cases',
    [
      'id:uuid',
      'case_no:text',
      'client_id:uuid',
      'station_id:uuid',
      'organisation_id:uuid',
      'region_code:varchar',
      'worker_id:uuid',
      'stage:text',
      'source:text',
      'intake_on:date',
      'presenting_problem:text',
      'risk_level:text',
      'closed_on:date',
      'next_review_on:date',
    ].map(col),
    b.cases,
  );
  await bulkInsert(
    'case_notes',
    [
      'id:uuid',
      'case_id:uuid',
      'kind:text',
      'occurred_on:date',
      'mode:text',
      'duration_minutes:int4',
      'content:text',
      'author_user_id:uuid',
      'author_name:text',
    ].map(col),
    b.notes,
  );
  await bulkInsert(
    'groups',
    [
      'id:uuid',
      'name:text',
      'station_id:uuid',
      'organisation_id:uuid',
      'region_code:varchar',
      'phase:text',
      'aims:text',
      'planned_sessions:int2',
      'starts_on:date',
    ].map(col),
    b.groups,
  );
  await bulkInsert(
    'group_sessions',
    ['id:uuid', 'group_id:uuid', 'session_no:int2', 'held_on:date', 'theme:text', 'extra_headcount:int4'].map(col),
    b.sessions,
  );
  await bulkInsert('group_attendance', ['session_id:uuid', 'client_id:uuid'].map(col), b.attendance);
  await bulkInsert(
    'activities',
    [
      'id:uuid',
      'theme:text',
      'station_id:uuid',
      'organisation_id:uuid',
      'region_code:varchar',
      'held_on:date',
      'place:text',
      'headcount:int4',
      'volunteer_count:int4',
    ].map(col),
    b.activities,
  );
  await bulkInsert('activity_participants', ['activity_id:uuid', 'client_id:uuid'].map(col), b.participants);
  await bulkInsert('service_records', LEDGER, b.ledger);
  progress.add(
    'cases, groups, activities, ledger',
    b.cases.length +
      b.notes.length +
      b.groups.length +
      b.sessions.length +
      b.attendance.length +
      b.activities.length +
      b.participants.length +
      b.ledger.length,
  );
  Object.assign(b, new Buffers());
}

const dayOf = (random: Random, year: number, lastDay: string) => {
  const d = addDays(`${year}-01-01`, random.int(0, 364));
  return d > lastDay ? addDays(lastDay, -random.int(0, 30)) : d;
};

/**
 * One station-year of services: cases with visits, routine services for the vulnerable,
 * groups with sessions and community activities with large headcounts — about 4 million
 * person-times a year for the whole city.
 */
export async function buildServices(
  random: Random,
  years: number[],
  today: string,
  network: Network,
  people: Person[],
  workers: Map<string, string[]>,
  progress: Progress,
): Promise<void> {
  const byStation = new Map<string, Person[]>();
  for (const p of people) byStation.set(p.stationId, [...(byStation.get(p.stationId) ?? []), p]);
  const b = new Buffers();
  let caseSeq = 0;
  const author = uuidv7();
  for (const year of years) {
    const lastDay = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
    for (const station of network.stations.filter((s) => s.tier === 'town_station')) {
      const members = byStation.get(station.id) ?? [];
      const staff = workers.get(station.id) ?? [];
      const worker = () => (staff.length ? random.pick(staff) : null);
      const row = (p: Person | null, on: string, kind: string, source: string | null, pt: number) =>
        b.ledger.push([
          uuidv7(),
          p?.id ?? null,
          station.id,
          station.organisationId,
          p?.community ?? station.regionCode,
          on,
          kind,
          source,
          pt,
          worker(),
        ]);
      for (const p of members) {
        // Routine services from the station's ledger: calls, visits, deliveries.
        const routine = random.int(4, 8);
        for (let i = 0; i < routine; i++) row(p, dayOf(random, year, lastDay), 'imported', null, 1);
        if (random.chance(0.1)) {
          const caseId = uuidv7();
          const intake = dayOf(random, year, lastDay);
          const stage = year < years[years.length - 1]! ? 'closed' : random.pick(STAGES);
          b.cases.push([
            caseId,
            `SYN-${year}-${String(++caseSeq).padStart(7, '0')}`,
            p.id,
            station.id,
            station.organisationId,
            p.community,
            worker(),
            stage,
            'outreach',
            intake,
            '综合评估后接案',
            'medium',
            stage === 'closed' ? addDays(intake, 120) : null,
            stage === 'intervention' ? addDays(today, random.int(-20, 40)) : null,
          ]);
          if (['intervention', 'evaluation', 'closed'].includes(stage)) {
            for (let v = 0; v < 8; v++) {
              const on = addDays(intake, 10 + v * 14);
              if (on > lastDay) break;
              row(p, on, 'case_visit', caseId, 1);
              if (year === years[years.length - 1])
                b.notes.push([uuidv7(), caseId, 'visit', on, 'home_visit', 45, '入户探访，跟进服务计划', author, '社工']);
            }
          }
        }
      }
      for (let g = 0; g < 12; g++) {
        const groupId = uuidv7();
        const starts = dayOf(random, year, lastDay);
        b.groups.push([
          groupId,
          `第${g + 1}期互助小组`,
          station.id,
          station.organisationId,
          station.regionCode,
          'closed',
          '增进互助与社会支持',
          8,
          starts,
        ]);
        const groupMembers = Array.from({ length: 10 }, () => random.pick(members)).filter(Boolean) as Person[];
        for (let s = 1; s <= 8; s++) {
          const on = addDays(starts, s * 7);
          if (on > lastDay) break;
          const sessionId = uuidv7();
          b.sessions.push([sessionId, groupId, s, on, `第${s}节`, 2]);
          for (const m of new Set(groupMembers)) {
            b.attendance.push([sessionId, m.id]);
            row(m, on, 'group_session', sessionId, 1);
          }
          row(null, on, 'group_session', sessionId, 2);
        }
      }
      for (let a = 0; a < 40; a++) {
        const activityId = uuidv7();
        const on = dayOf(random, year, lastDay);
        const headcount = random.int(80, 420);
        b.activities.push([
          activityId,
          '社区主题活动',
          station.id,
          station.organisationId,
          station.regionCode,
          on,
          '社区广场',
          headcount,
          random.int(3, 20),
        ]);
        for (const m of new Set(Array.from({ length: 8 }, () => random.pick(members)).filter(Boolean) as Person[])) {
          b.participants.push([activityId, m.id]);
          row(m, on, 'activity', activityId, 1);
        }
        row(null, on, 'activity', activityId, headcount);
      }
      if (b.size() > 60000) await flush(b, progress);
    }
  }
  await flush(b, progress);
}

export type { Station };
