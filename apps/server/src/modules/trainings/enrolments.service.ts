import type { AttendanceBody, Enrolment, EnrolmentCreate, EnrolmentStatus } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { isCovering, isInRegion } from '../../platform/authz/scope.ts';
import { registerUniqueField } from '../../platform/http/error-handler.ts';
import { AppError, FieldErrors, fieldError, notFound } from '../../platform/http/errors.ts';
import { today } from '../workers/worker-status.ts';
import type { WorkerRow } from '../workers/workers.repository.ts';
import {
  countEnrolments,
  deleteEnrolment,
  type EnrolmentView,
  findEnrolment,
  findEnrolmentOf,
  insertEnrolment,
} from './enrolments.repository.ts';
import { enrolmentPolicy } from './trainings.policy.ts';
import { lockTraining } from './trainings.repository.ts';

registerUniqueField('training_enrolments_key', { path: 'trainingId', key: 'field.already_enrolled' });

export function presentEnrolment(view: EnrolmentView, actor: Actor | null): Enrolment {
  const mayWithdraw = view.status === 'enrolled' && can(actor, 'training.enrol', enrolmentPolicy, view);
  return {
    id: view.id,
    trainingId: view.trainingId,
    trainingTitle: view.trainingTitle,
    trainingHours: Number(view.trainingHours),
    workerId: view.workerId,
    workerName: view.workerName,
    organisationId: view.workerOrganisationId,
    organisationName: view.organisationName ?? '',
    status: view.status as EnrolmentStatus,
    attendedHours: view.attendedHours === null ? null : Number(view.attendedHours),
    createdAt: view.createdAt.toISOString(),
    allowedActions: mayWithdraw ? ['withdraw'] : [],
  };
}

async function presentOne(id: string, actor: Actor): Promise<Enrolment> {
  const view = await findEnrolment(id);
  if (!view) throw notFound();
  return presentEnrolment(view, actor);
}

/**
 * An organisation enrols its own (active) worker in a programme of the worker's area that
 * has not ended, while places are left; the programme row is locked so two enrolments
 * cannot take the last place.
 */
export async function enrolWorker(actor: Actor, worker: WorkerRow, input: EnrolmentCreate): Promise<Enrolment> {
  if (!worker.isActive) throw fieldError('workerId', 'field.worker_left');
  const training = await lockTraining(input.trainingId);
  if (!training || !isCovering(actor, training.regionCode)) throw fieldError('trainingId', 'field.training_unknown');
  if (training.endsOn < today()) throw fieldError('trainingId', 'field.training_ended');
  if (!isInRegion(training.regionCode, worker.regionCode)) throw fieldError('trainingId', 'field.training_region');
  if (await findEnrolmentOf(training.id, worker.id)) {
    throw new AppError(409, 'conflict', 'error.validation', {}, [{ path: 'trainingId', key: 'field.already_enrolled' }]);
  }
  if ((await countEnrolments(training.id)) >= training.capacity) throw fieldError('trainingId', 'field.training_full');
  const id = uuidv7();
  await insertEnrolment({ id, trainingId: training.id, workerId: worker.id });
  await audit({
    action: 'training.enrol',
    objectType: 'enrolment',
    objectId: id,
    details: { trainingId: training.id, workerId: worker.id },
  });
  return presentOne(id, actor);
}

export async function withdrawEnrolment(enrolment: EnrolmentView, reason: string): Promise<void> {
  if (enrolment.status !== 'enrolled') throw fieldError('id', 'field.enrolment_attended');
  await deleteEnrolment(enrolment.id);
  await audit({
    action: 'training.withdraw',
    objectType: 'enrolment',
    objectId: enrolment.id,
    details: { trainingId: enrolment.trainingId, workerId: enrolment.workerId, reason },
  });
}

export type AttendanceMarks = AttendanceBody['marks'];

/** Every mark is checked before any is applied, so a register is saved whole or not at all. */
export async function checkMarks(trainingId: string, trainingHours: number, marks: AttendanceMarks): Promise<EnrolmentView[]> {
  const problems = new FieldErrors();
  const found: EnrolmentView[] = [];
  for (const [i, mark] of marks.entries()) {
    const enrolment = await findEnrolment(mark.enrolmentId);
    if (!enrolment || enrolment.trainingId !== trainingId) problems.add(`marks.${i}.enrolmentId`, 'field.enrolment_unknown');
    else found.push(enrolment);
    if (mark.status === 'attended' && mark.hours !== undefined && mark.hours > trainingHours) {
      problems.add(`marks.${i}.hours`, 'field.attended_hours', { maximum: trainingHours });
    }
  }
  problems.throwIfAny();
  return found;
}
