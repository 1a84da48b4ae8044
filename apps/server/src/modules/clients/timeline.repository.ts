import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import {
  activities,
  activityParticipants,
  caseNotes,
  cases,
  groupAttendance,
  groupSessions,
  groups,
  serviceRecords,
  socialWorkers,
  stations,
} from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

/**
 * What other modules recorded about a person, read straight from their tables. Each row
 * carries the place it sits (region, organisation) so the caller's scope decides what shows.
 */
export interface Placed {
  regionCode: string;
  organisationId: string;
}

export async function casesOf(clientId: string) {
  return q()
    .select({
      id: cases.id,
      caseNo: cases.caseNo,
      stage: cases.stage,
      intakeOn: cases.intakeOn,
      closedOn: cases.closedOn,
      regionCode: cases.regionCode,
      organisationId: cases.organisationId,
      stationName: stations.name,
      workerName: socialWorkers.name,
    })
    .from(cases)
    .innerJoin(stations, eq(stations.id, cases.stationId))
    .leftJoin(socialWorkers, eq(socialWorkers.id, cases.workerId))
    .where(eq(cases.clientId, clientId))
    .orderBy(desc(cases.intakeOn), desc(cases.id));
}

export async function caseNotesOf(clientId: string) {
  return q()
    .select({
      id: caseNotes.id,
      caseId: caseNotes.caseId,
      caseNo: cases.caseNo,
      kind: caseNotes.kind,
      occurredOn: caseNotes.occurredOn,
      content: sql<string>`left(${caseNotes.content}, 120)`,
      regionCode: cases.regionCode,
      organisationId: cases.organisationId,
    })
    .from(caseNotes)
    .innerJoin(cases, eq(cases.id, caseNotes.caseId))
    .where(eq(cases.clientId, clientId));
}

export async function sessionsAttendedBy(clientId: string) {
  return q()
    .select({
      id: groupSessions.id,
      groupName: groups.name,
      sessionNo: groupSessions.sessionNo,
      heldOn: groupSessions.heldOn,
      theme: groupSessions.theme,
      regionCode: groups.regionCode,
      organisationId: groups.organisationId,
    })
    .from(groupAttendance)
    .innerJoin(groupSessions, eq(groupSessions.id, groupAttendance.sessionId))
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(eq(groupAttendance.clientId, clientId));
}

export async function activitiesJoinedBy(clientId: string) {
  return q()
    .select({
      id: activities.id,
      theme: activities.theme,
      heldOn: activities.heldOn,
      place: activities.place,
      regionCode: activities.regionCode,
      organisationId: activities.organisationId,
    })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(eq(activityParticipants.clientId, clientId));
}

/** Ledger rows with no source record (imported Excel lines); sourced rows show as their case, session or activity. */
export async function unsourcedServicesOf(clientId: string) {
  return q()
    .select({
      id: serviceRecords.id,
      servedOn: serviceRecords.servedOn,
      kind: serviceRecords.kind,
      serviceType: serviceRecords.serviceType,
      content: serviceRecords.content,
      regionCode: serviceRecords.regionCode,
      organisationId: serviceRecords.organisationId,
    })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.clientId, clientId), isNull(serviceRecords.sourceId)));
}

/** Every ledger row of the person since a day, for the print's service summary. */
export async function servicesSince(clientId: string, from: string) {
  return q()
    .select({
      kind: serviceRecords.kind,
      personTimes: serviceRecords.personTimes,
      regionCode: serviceRecords.regionCode,
      organisationId: serviceRecords.organisationId,
    })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.clientId, clientId), gte(serviceRecords.servedOn, from)));
}
