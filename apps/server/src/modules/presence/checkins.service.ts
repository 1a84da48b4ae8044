import type { Checkin, CheckinCreate, PresenceToday } from '@shegong/contracts';
import { countDaysPresent, isoWeekOf, localDateTime, uuidv7, weekBounds } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { fieldError, notFound } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { workerOfUser } from '../staffing/staffing-workers.repository.ts';
import { type CheckinView, checkinsOfWorker, findCheckin, findCheckinOf, insertCheckinOnce, markLeft } from './checkins.repository.ts';
import { checkinPolicy } from './presence.policy.ts';
import { assignedCommunities, type PresencePlace, postStationCovering } from './presence-places.repository.ts';

/** The server's clock in Asia/Shanghai: a phone's clock or time zone is never trusted. */
const now = () => localDateTime(new Date());

export function presentCheckin(view: CheckinView, actor: Actor | null, day = now().date): Checkin {
  const mayLeave = view.day === day && view.leftAt === null && can(actor, 'presence.checkin', checkinPolicy, view);
  return {
    id: view.id,
    workerId: view.workerId,
    workerName: view.workerName,
    communityCode: view.communityCode,
    communityName: view.communityName,
    stationId: view.stationId,
    day: view.day,
    arrivedAt: view.arrivedAt,
    leftAt: view.leftAt,
    latitude: view.latitude,
    longitude: view.longitude,
    accuracyM: view.accuracyM,
    allowedActions: mayLeave ? ['leave'] : [],
  };
}

/** The phone page: assigned communities first, then any other community checked in today. */
export async function presenceToday(actor: Actor): Promise<PresenceToday> {
  const { date, time } = now();
  const week = isoWeekOf(date);
  const settings = await getSettings();
  const base = { day: date, time, week, requiredDaysPerWeek: settings['presence.requiredDaysPerWeek'] };
  const worker = await workerOfUser(actor.userId);
  if (!worker) return { ...base, worker: null, communities: [] };
  const { start, end } = weekBounds(week);
  const thisWeek = await checkinsOfWorker(worker.id, start, end);
  const places: (PresencePlace & { via: 'assignment' | 'post' })[] = (await assignedCommunities(worker.id, date)).map((p) => ({
    ...p,
    via: 'assignment',
  }));
  for (const c of thisWeek) {
    if (c.day === date && !places.some((p) => p.communityCode === c.communityCode)) {
      places.push({
        communityCode: c.communityCode,
        communityName: c.communityName,
        stationId: c.stationId,
        stationName: null,
        via: 'post',
      });
    }
  }
  const unique = places.filter((p, i) => places.findIndex((o) => o.communityCode === p.communityCode) === i);
  return {
    ...base,
    worker: { id: worker.id, name: worker.name },
    communities: unique.map((p) => {
      const own = thisWeek.filter((c) => c.communityCode === p.communityCode);
      const todays = own.find((c) => c.day === date);
      return {
        ...p,
        daysThisWeek: countDaysPresent(
          own.map((c) => c.day),
          week,
        ),
        checkin: todays ? presentCheckin(todays, actor, date) : null,
      };
    }),
  };
}

/** Arrival now; a second tap the same day returns the first record (created: false). */
export async function checkIn(actor: Actor, input: CheckinCreate): Promise<{ created: boolean; checkin: Checkin }> {
  const { date, time } = now();
  const worker = await workerOfUser(actor.userId);
  if (!worker) throw fieldError('communityCode', 'field.no_worker_record');
  const assigned = (await assignedCommunities(worker.id, date)).find((p) => p.communityCode === input.communityCode);
  let stationId = assigned?.stationId ?? null;
  if (!assigned) {
    const community = await findRegion(input.communityCode);
    stationId = community?.level === 5 ? await postStationCovering(worker.id, input.communityCode, date) : null;
    if (!stationId) throw fieldError('communityCode', 'field.community_not_assigned');
  }
  const id = uuidv7();
  const created = await insertCheckinOnce({
    id,
    workerId: worker.id,
    communityCode: input.communityCode,
    stationId,
    organisationId: worker.organisationId,
    day: date,
    arrivedAt: time,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    accuracyM: input.accuracyM ?? null,
  });
  const view = await findCheckinOf(worker.id, input.communityCode, date);
  if (!view) throw notFound();
  if (created) {
    await audit({
      action: 'presence.checkin',
      objectType: 'presence_checkin',
      objectId: id,
      details: { communityCode: input.communityCode, day: date, arrivedAt: time, located: input.latitude !== undefined },
    });
  }
  return { created, checkin: presentCheckin(view, actor, date) };
}

/** Departure now, on the check-in's day, after the arrival (the policy let only its worker here); a repeat changes nothing. */
export async function leave(actor: Actor, current: CheckinView): Promise<Checkin> {
  const { date, time } = now();
  if (current.day !== date) throw fieldError('id', 'field.checkin_other_day');
  if (current.leftAt === null) {
    if (time <= current.arrivedAt) throw fieldError('id', 'field.leave_before_arrival');
    if (await markLeft(current.id, time)) {
      await audit({
        action: 'presence.leave',
        objectType: 'presence_checkin',
        objectId: current.id,
        details: { communityCode: current.communityCode, day: date, leftAt: time },
      });
    }
  }
  const view = await findCheckin(current.id);
  if (!view) throw notFound();
  return presentCheckin(view, actor, date);
}
