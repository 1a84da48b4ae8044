import type { EducationRecord, EducationRecordCreate, WorkerEducation } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { fieldError, notFound } from '../../platform/http/errors.ts';
import { type EducationRow, insertEducationRecord, listEducationRecords } from './education.repository.ts';
import { statusContext, today } from './worker-status.ts';
import { presentWorker } from './workers.present.ts';
import { viewWorker, type WorkerRow } from './workers.repository.ts';

function presentRecord(row: EducationRow, period: { periodFrom: string; periodTo: string }): EducationRecord {
  return {
    id: row.id,
    workerId: row.workerId,
    course: row.course,
    provider: row.provider,
    takenOn: row.takenOn,
    hours: Number(row.hours),
    enrolmentId: row.enrolmentId,
    counts: period.periodFrom <= row.takenOn && row.takenOn <= period.periodTo,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The period's total against the requirement, and every record (those outside the period marked). */
export async function workerEducation(actor: Actor, workerId: string): Promise<WorkerEducation> {
  const ctx = await statusContext();
  const view = await viewWorker(workerId, ctx);
  if (!view) throw notFound();
  const summary = presentWorker(view, actor, ctx).continuingEducation;
  const records = await listEducationRecords(workerId);
  await audit({ action: 'education.read', objectType: 'worker', objectId: workerId });
  return { summary, records: records.map((r) => presentRecord(r, summary)) };
}

export async function recordEducation(actor: Actor, worker: WorkerRow, input: EducationRecordCreate): Promise<EducationRecord> {
  if (input.takenOn > today()) throw fieldError('takenOn', 'field.date_future');
  const row = await insertEducationRecord({
    id: uuidv7(),
    workerId: worker.id,
    course: input.course,
    provider: input.provider,
    takenOn: input.takenOn,
    hours: input.hours.toFixed(1),
  });
  await audit({
    action: 'education.record',
    objectType: 'worker',
    objectId: worker.id,
    details: { recordId: row.id, course: input.course, hours: input.hours },
  });
  const ctx = await statusContext();
  const view = await viewWorker(worker.id, ctx);
  return presentRecord(row, presentWorker(view!, actor, ctx).continuingEducation);
}
