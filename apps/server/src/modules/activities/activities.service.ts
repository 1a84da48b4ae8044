import type { Activity, ActivityCreate, ActivityDetail, ActivityUpdate } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { checkServedClients, peopleAsSeenBy, recordingStation, unique } from '../groups/served-people.ts';
import { today } from '../ledger/ledger.service.ts';
import { attendanceRows, removeSourceRows, replaceSourceRows } from '../ledger/ledger-writer.ts';
import { activityPolicy } from './activities.policy.ts';
import {
  type ActivityRow,
  type ActivityView,
  deleteActivity,
  insertActivity,
  participantsOf,
  photosOf,
  replaceParticipants,
  updateActivity,
  viewActivity,
} from './activities.repository.ts';

export function presentActivity(v: ActivityView, actor: Actor | null): Activity {
  return {
    id: v.id,
    theme: v.theme,
    stationId: v.stationId,
    stationName: v.stationName,
    organisationId: v.organisationId,
    regionCode: v.regionCode,
    heldOn: v.heldOn,
    place: v.place,
    participantCount: v.participantCount,
    headcount: v.headcount,
    volunteerCount: v.volunteerCount,
    personTimes: v.participantCount + v.headcount,
    description: v.description,
    photoFileIds: v.photoFileIds,
    createdAt: v.createdAt.toISOString(),
    version: v.version,
    allowedActions: allowedActions(actor, activityPolicy, v),
  };
}

/** The activity with its participants (names masked outside its organisation) and photos, chosen ones first. */
export async function presentActivityDetail(id: string, actor: Actor): Promise<ActivityDetail> {
  const view = await viewActivity(id);
  if (!view) throw notFound();
  const participants = await participantsOf(id);
  const people = await peopleAsSeenBy(actor, view.organisationId, participants);
  const photos = await photosOf(id);
  const rank = (fileId: string) => (view.photoFileIds.includes(fileId) ? view.photoFileIds.indexOf(fileId) : photos.length);
  return {
    ...presentActivity(view, actor),
    participants: participants.map((clientId) => people.get(clientId) ?? { clientId, name: '' }),
    photos: [...photos].sort((a, b) => rank(a.id) - rank(b.id)),
  };
}

/** Ledger rows of an activity (docs/ledger.md): one per named participant, one for the headcount. */
async function syncActivityRows(activity: ActivityRow, participants: readonly string[]): Promise<void> {
  const rows = await attendanceRows({
    station: { id: activity.stationId, organisationId: activity.organisationId, regionCode: activity.regionCode },
    kind: 'activity',
    servedOn: activity.heldOn,
    clientIds: participants,
    headcount: activity.headcount,
    content: activity.theme,
  });
  await replaceSourceRows(activity.id, rows);
}

async function checkActivity(
  actor: Actor,
  organisationId: string,
  values: { heldOn: string; headcount: number; participantIds: string[] },
  problems: FieldErrors,
): Promise<void> {
  if (values.heldOn > today()) problems.add('heldOn', 'field.date_future');
  if (values.participantIds.length === 0 && values.headcount === 0) problems.add('participantIds', 'field.nobody_present');
  await checkServedClients(problems, 'participantIds', actor, organisationId, values.participantIds);
}

function auditActivity(action: string, id: string, details: Record<string, unknown>) {
  return audit({ action, objectType: 'activity', objectId: id, details });
}

export async function createActivity(actor: Actor, input: ActivityCreate): Promise<ActivityDetail> {
  const station = await recordingStation(actor, input.stationId);
  if (!station) throw fieldError('stationId', 'field.station_unknown');
  const participantIds = unique(input.participantIds);
  const problems = new FieldErrors();
  await checkActivity(actor, station.organisationId, { ...input, participantIds }, problems);
  problems.throwIfAny();
  const id = uuidv7();
  const { stationId: _, participantIds: __, ...fields } = input;
  await insertActivity({ ...fields, id, stationId: station.id, organisationId: station.organisationId, regionCode: station.regionCode });
  await replaceParticipants(id, participantIds);
  const activity = (await viewActivity(id)) as ActivityView;
  await syncActivityRows(activity, participantIds);
  await auditActivity('activity.create', id, {
    heldOn: input.heldOn,
    participants: participantIds.length,
    headcount: input.headcount,
  });
  return presentActivityDetail(id, actor);
}

export async function changeActivity(actor: Actor, current: ActivityRow, input: ActivityUpdate): Promise<ActivityDetail> {
  const { version, participantIds: asked, photoFileIds, ...fields } = input;
  const participantIds = asked ? unique(asked) : await participantsOf(current.id);
  const merged = { ...current, ...fields, participantIds };
  const problems = new FieldErrors();
  await checkActivity(actor, current.organisationId, merged, problems);
  if (photoFileIds) {
    const owned = new Set((await photosOf(current.id)).map((p) => p.id));
    photoFileIds.forEach((fileId, i) => {
      if (!owned.has(fileId)) problems.add(`photoFileIds.${i}`, 'field.photo_unknown');
    });
  }
  problems.throwIfAny();
  if (!(await updateActivity(current.id, version, { ...fields, ...(photoFileIds ? { photoFileIds: unique(photoFileIds) } : {}) }))) {
    throw versionConflict();
  }
  if (asked) await replaceParticipants(current.id, participantIds);
  await syncActivityRows({ ...current, ...fields }, participantIds);
  await auditActivity('activity.update', current.id, { fields: Object.keys(input).filter((k) => k !== 'version') });
  return presentActivityDetail(current.id, actor);
}

/** Removes an activity recorded by mistake, with its participants, photos and ledger rows; the reason is audited. */
export async function removeActivity(current: ActivityRow, version: number, reason: string): Promise<void> {
  if (!(await deleteActivity(current.id, version))) throw versionConflict();
  await removeSourceRows(current.id);
  await auditActivity('activity.delete', current.id, { theme: current.theme, heldOn: current.heldOn, reason });
}
