import type { Enrolment } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { fieldError } from '../../platform/http/errors.ts';
import {
  deleteRecordOfEnrolment,
  findRecordOfEnrolment,
  insertEducationRecord,
  updateRecordHours,
} from '../workers/education.repository.ts';
import { today } from '../workers/worker-status.ts';
import { findEnrolment, setAttendance } from './enrolments.repository.ts';
import { type AttendanceMarks, checkMarks, presentEnrolment } from './enrolments.service.ts';
import type { TrainingRow } from './trainings.repository.ts';

/**
 * Keeps continuing education in step with attendance: an attended enrolment has exactly one
 * education record (enrolment_id is unique) with the hours attended; absent or back to
 * enrolled, it has none.
 */
async function syncEducation(training: TrainingRow, enrolment: { id: string; workerId: string }, hours: string | null) {
  const existing = await findRecordOfEnrolment(enrolment.id);
  if (hours === null) {
    if (existing) await deleteRecordOfEnrolment(enrolment.id);
    return;
  }
  if (existing) {
    if (existing.hours !== hours) await updateRecordHours(existing.id, hours);
    return;
  }
  // A programme still running counts from today, never from a future date.
  let takenOn = training.endsOn;
  if (takenOn > today()) takenOn = today();
  await insertEducationRecord({
    id: uuidv7(),
    workerId: enrolment.workerId,
    course: training.title,
    provider: training.provider,
    takenOn,
    hours,
    enrolmentId: enrolment.id,
  });
}

/** The bureau's register: attended (hours default to the programme's), absent, or back to enrolled. */
export async function markAttendance(actor: Actor, training: TrainingRow, marks: AttendanceMarks): Promise<Enrolment[]> {
  const trainingHours = Number(training.hours);
  const enrolments = await checkMarks(training.id, trainingHours, marks);
  if (marks.some((m) => m.status !== 'enrolled') && training.startsOn > today()) {
    throw fieldError('marks', 'field.training_not_started');
  }
  const applied: { enrolmentId: string; status: string; hours: number | null }[] = [];
  for (const [i, mark] of marks.entries()) {
    const enrolment = enrolments[i] as (typeof enrolments)[number];
    const hours = mark.status === 'attended' ? (mark.hours ?? trainingHours).toFixed(1) : null;
    await setAttendance(enrolment.id, mark.status, hours);
    await syncEducation(training, enrolment, hours);
    applied.push({ enrolmentId: enrolment.id, status: mark.status, hours: hours === null ? null : Number(hours) });
  }
  await audit({
    action: 'training.attendance',
    objectType: 'training',
    objectId: training.id,
    details: { marks: applied },
  });
  const result: Enrolment[] = [];
  for (const mark of applied) {
    const view = await findEnrolment(mark.enrolmentId);
    if (view) result.push(presentEnrolment(view, actor));
  }
  return result;
}
