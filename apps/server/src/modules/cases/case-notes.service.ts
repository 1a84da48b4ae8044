import type { CaseNote, CaseNoteInput, CaseNoteUpdate } from '@shegong/contracts';
import {
  type CaseNoteKind,
  type CaseRiskLevel,
  type CaseStage,
  isCaseOpen,
  ledgerKindOfNote,
  mayRecordNote,
  plusDays,
  uuidv7,
} from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { replaceSourceRows } from '../ledger/ledger-writer.ts';
import { today } from '../workers/worker-status.ts';
import {
  type CaseNoteRecord,
  deleteCaseNote,
  deliveredService,
  findCaseNote,
  insertCaseNote,
  updateCaseNote,
} from './case-notes.repository.ts';
import { presentNote } from './case-present.ts';
import { type CaseRecord, findCase, lockCase, pushNextReview } from './cases.repository.ts';

/** Visits, services and resources need a signed-off plan; nothing is recorded on a closed case. */
function checkRecordable(stage: string, kind: CaseNoteKind, date: string): void {
  if (!isCaseOpen(stage as CaseStage)) throw fieldError('kind', 'field.case_closed');
  if (!mayRecordNote(stage as CaseStage, kind)) throw fieldError('kind', 'field.case_note_stage');
  if (date > today()) throw fieldError('occurredOn', 'field.date_future');
}

function noteValues(input: CaseNoteInput) {
  return {
    kind: input.kind,
    occurredOn: input.occurredOn,
    mode: input.mode ?? null,
    place: input.place ?? null,
    durationMinutes: input.durationMinutes ?? null,
    serviceType: input.serviceType ?? null,
    content: input.content,
  };
}

/**
 * Each visit or service is one ledger row at the case's place (the client's community) and
 * station, whose source is the note: adding, editing or deleting a note touches only its own
 * row (rewriting the whole case's rows made concurrent visits deadlock on the rollups). The
 * note's text stays out: buyers read ledgers, not case notes.
 */
async function syncLedger(c: CaseRecord, noteId: string): Promise<void> {
  const n = await deliveredService(noteId);
  await replaceSourceRows(
    noteId,
    n
      ? [
          {
            clientId: c.clientId,
            stationId: c.stationId,
            organisationId: c.organisationId,
            regionCode: c.regionCode,
            servedOn: n.occurredOn,
            kind: ledgerKindOfNote(n.kind as CaseNoteKind) ?? 'case_service',
            serviceType: n.serviceType,
            content: null,
            personTimes: 1,
            workerId: n.authorWorkerId ?? c.workerId,
          },
        ]
      : [],
  );
}

/** Whether a note's kind (before or after an edit) puts it in the ledger. */
const inLedger = (...kinds: string[]) => kinds.some((k) => ledgerKindOfNote(k as CaseNoteKind) !== null);

/**
 * A visit moves the next review to the visit date plus the interval for the case's risk
 * level, never earlier than it already is. Not a transition: the case version stays, so a
 * visit logged on a phone never conflicts with a colleague's edit.
 */
async function pushReview(c: CaseRecord, visitedOn: string): Promise<void> {
  const days = (await getSettings())['case.reviewIntervalDays'][c.riskLevel as CaseRiskLevel] ?? 90;
  await pushNextReview(c.id, plusDays(visitedOn, days));
}

function auditNote(action: string, note: { id: string; caseId: string; kind: string }) {
  return audit({
    action,
    objectType: 'case_note',
    objectId: note.id,
    details: { caseId: note.caseId, kind: note.kind },
  });
}

/** Locks the case and reads it afresh: a closure signed off meanwhile is seen. */
async function lockedCase(id: string): Promise<CaseRecord> {
  await lockCase(id);
  const c = await findCase(id);
  if (!c) throw notFound();
  return c;
}

export async function addNote(actor: Actor, record: CaseRecord, input: CaseNoteInput): Promise<CaseNote> {
  const c = await lockedCase(record.id);
  checkRecordable(c.stage, input.kind, input.occurredOn);
  const id = uuidv7();
  await insertCaseNote({ id, caseId: c.id, ...noteValues(input), authorUserId: actor.userId, authorName: actor.displayName });
  const note = await findCaseNote(id);
  if (!note) throw notFound();
  if (inLedger(note.kind)) await syncLedger(c, note.id);
  if (input.kind === 'visit') await pushReview(c, input.occurredOn);
  await auditNote('case.note.add', note);
  return presentNote(note, c, actor);
}

export async function changeNote(actor: Actor, current: CaseNoteRecord, input: CaseNoteUpdate): Promise<CaseNote> {
  const c = await lockedCase(current.caseId);
  checkRecordable(c.stage, input.kind, input.occurredOn);
  if (!(await updateCaseNote(current.id, input.version, noteValues(input)))) throw versionConflict();
  const note = await findCaseNote(current.id);
  if (!note) throw notFound();
  if (inLedger(current.kind, note.kind)) await syncLedger(c, note.id);
  if (input.kind === 'visit') await pushReview(c, input.occurredOn);
  await auditNote('case.note.update', note);
  return presentNote(note, c, actor);
}

export async function removeNote(current: CaseNoteRecord, version: number): Promise<void> {
  const c = await lockedCase(current.caseId);
  if (!isCaseOpen(c.stage as CaseStage)) throw fieldError('kind', 'field.case_closed');
  if (!(await deleteCaseNote(current.id, version))) throw versionConflict();
  if (inLedger(current.kind)) await syncLedger(c, current.id);
  await auditNote('case.note.delete', current);
}
