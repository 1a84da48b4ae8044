import type { ClientPrint, Timeline, TimelineEntry, TimelineKind } from '@shegong/contracts';
import {
  addDays,
  type CaseStage,
  isMessageKey,
  type Locale,
  localDateTime,
  type MessageKey,
  type Permission,
  SERVICE_KINDS,
  type ServiceKind,
  translate,
} from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { consentsOf, holdingsOf } from './client-parts.repository.ts';
import { categoryName, presentContext, presentDetail, today } from './client-present.ts';
import { seesNames } from './client-scope.ts';
import { viewClient } from './clients.repository.ts';
import {
  activitiesJoinedBy,
  caseNotesOf,
  casesOf,
  type Placed,
  servicesSince,
  sessionsAttendedBy,
  unsourcedServicesOf,
} from './timeline.repository.ts';

const label = (locale: Locale, key: string, fallback: string) => (isMessageKey(key) ? translate(locale, key as MessageKey) : fallback);

/** Another module's record shows when the caller may read that module and the record sits in its scope. */
function visibility(actor: Actor) {
  const scope = scopeOf(actor);
  return (permission: Permission, row: Placed) => actor.permissions.has(permission) && isInScope(scope, row);
}

const entry = (on: string, kind: TimelineKind, title: string, rest: Partial<TimelineEntry> = {}): TimelineEntry => ({
  on,
  kind,
  title,
  detail: null,
  caseId: null,
  refId: null,
  ...rest,
});

/**
 * Everything about the person, newest first: cases and their notes and visits, group sessions
 * attended, activities joined, imported ledger lines, categories and consents. Records the
 * caller may not read are counted in `hidden`; case-note text is for the serving organisation's staff.
 */
export async function buildTimeline(actor: Actor, clientId: string, locale: Locale): Promise<Timeline> {
  const view = await viewClient(clientId, today());
  if (!view) throw notFound();
  const sees = visibility(actor);
  const items: TimelineEntry[] = [
    entry(view.createdAt.toISOString().slice(0, 10), 'file_created', view.stationName ?? '', { refId: view.id }),
  ];
  let hidden = 0;
  const keep = <T extends Placed>(rows: T[], permission: Permission): T[] => {
    const shown = rows.filter((r) => sees(permission, r));
    hidden += rows.length - shown.length;
    return shown;
  };
  const [caseRows, notes, sessions, joined, services, holdings, consents] = await Promise.all([
    casesOf(clientId),
    caseNotesOf(clientId),
    sessionsAttendedBy(clientId),
    activitiesJoinedBy(clientId),
    unsourcedServicesOf(clientId),
    holdingsOf(clientId),
    consentsOf(clientId),
  ]);
  for (const c of keep(caseRows, 'case.read')) {
    items.push(entry(c.intakeOn, 'case_opened', c.caseNo, { detail: c.stationName, caseId: c.id, refId: c.id }));
    if (c.closedOn) items.push(entry(c.closedOn, 'case_closed', c.caseNo, { caseId: c.id, refId: c.id }));
  }
  for (const n of keep(notes, 'case.read')) {
    const title = `${n.caseNo} · ${label(locale, `case.noteKind.${n.kind}`, n.kind)}`;
    items.push(entry(n.occurredOn, 'case_note', title, { detail: seesNames(actor) ? n.content : null, caseId: n.caseId, refId: n.id }));
  }
  for (const s of keep(sessions, 'group.read')) {
    items.push(entry(s.heldOn, 'group_session', s.groupName, { detail: `#${s.sessionNo} ${s.theme}`, refId: s.id }));
  }
  for (const a of keep(joined, 'activity.read')) items.push(entry(a.heldOn, 'activity', a.theme, { detail: a.place, refId: a.id }));
  for (const r of keep(services, 'ledger.read')) {
    const title = r.serviceType ?? label(locale, `ledger.kind.${r.kind}`, r.kind);
    items.push(entry(r.servedOn, 'service', title, { detail: r.content, refId: r.id }));
  }
  for (const h of holdings) {
    items.push(entry(h.effectiveFrom, 'category_added', categoryName(locale, h), { refId: h.id }));
    if (h.effectiveTo) items.push(entry(h.effectiveTo, 'category_ended', categoryName(locale, h), { refId: h.id }));
  }
  for (const c of consents) {
    const purpose = label(locale, `consent.purpose.${c.purpose}`, c.purpose);
    const by = label(locale, `consent.givenBy.${c.givenBy}`, c.givenBy);
    items.push(entry(c.givenOn, 'consent_given', purpose, { detail: by, refId: c.id }));
    if (c.withdrawnOn) items.push(entry(c.withdrawnOn, 'consent_withdrawn', purpose, { refId: c.id }));
  }
  items.sort((a, b) => (a.on === b.on ? a.kind.localeCompare(b.kind) : a.on < b.on ? 1 : -1));
  return { items, hidden };
}

/** The A4 file: the person (masked as on screen), cases, the last year's services, and who printed it when. */
export async function buildPrint(actor: Actor, clientId: string, locale: Locale): Promise<ClientPrint> {
  const day = today();
  const view = await viewClient(clientId, day);
  if (!view) throw notFound();
  const ctx = await presentContext(actor, locale, [view.regionCode]);
  const sees = visibility(actor);
  const from = addDays(day, -365);
  const [caseRows, services] = await Promise.all([casesOf(clientId), servicesSince(clientId, from)]);
  const byKind = new Map<ServiceKind, number>();
  for (const r of services.filter((s) => sees('ledger.read', s))) {
    byKind.set(r.kind as ServiceKind, (byKind.get(r.kind as ServiceKind) ?? 0) + r.personTimes);
  }
  const now = new Date();
  const local = localDateTime(now);
  return {
    client: await presentDetail(view, ctx),
    cases: caseRows
      .filter((c) => sees('case.read', c))
      .map((c) => ({
        caseNo: c.caseNo,
        stage: c.stage as CaseStage,
        intakeOn: c.intakeOn,
        closedOn: c.closedOn,
        stationName: c.stationName,
        workerName: c.workerName,
      })),
    services: {
      from,
      to: day,
      personTimes: [...byKind.values()].reduce((a, b) => a + b, 0),
      byKind: SERVICE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, personTimes: byKind.get(kind) ?? 0 })),
    },
    printedAt: now.toISOString(),
    printedBy: actor.displayName,
    notice: translate(locale, 'client.print.notice', { user: actor.displayName, at: `${local.date} ${local.time.slice(0, 5)}` }),
  };
}
