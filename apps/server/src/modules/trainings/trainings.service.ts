import type { Training, TrainingCreate, TrainingKind, TrainingUpdate } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { countEnrolments } from './enrolments.repository.ts';
import { trainingPolicy } from './trainings.policy.ts';
import {
  deleteTraining,
  insertTraining,
  type TrainingRow,
  type TrainingView,
  updateTraining,
  viewTraining,
} from './trainings.repository.ts';

/** `manage` for the bureau that runs it; `enrol` for an organisation while places are left and it has not ended. */
export function presentTraining(view: TrainingView, actor: Actor | null): Training {
  const actions = allowedActions(actor, trainingPolicy, view);
  return {
    id: view.id,
    title: view.title,
    kind: view.kind as TrainingKind,
    regionCode: view.regionCode,
    regionName: view.regionName ?? view.regionCode,
    provider: view.provider,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    hours: Number(view.hours),
    capacity: view.capacity,
    location: view.location,
    enrolledCount: view.enrolledCount,
    ownEnrolledCount: view.ownEnrolledCount,
    version: view.version,
    allowedActions: actions,
  };
}

async function presentOne(id: string, actor: Actor): Promise<Training> {
  const view = await viewTraining(id, actor.organisationId);
  if (!view) throw notFound();
  return presentTraining(view, actor);
}

/** A programme is run for the bureau's own region. */
export async function createTraining(actor: Actor, input: TrainingCreate): Promise<Training> {
  if (input.endsOn < input.startsOn) throw fieldError('endsOn', 'field.date_order');
  const id = uuidv7();
  await insertTraining({
    id,
    title: input.title,
    kind: input.kind,
    regionCode: actor.regionCode,
    provider: input.provider,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    hours: input.hours.toFixed(1),
    capacity: input.capacity,
    location: input.location ?? null,
  });
  await audit({
    action: 'training.create',
    objectType: 'training',
    objectId: id,
    details: { title: input.title, kind: input.kind },
  });
  return presentOne(id, actor);
}

export async function changeTraining(actor: Actor, current: TrainingRow, input: TrainingUpdate): Promise<Training> {
  const problems = new FieldErrors();
  if ((input.endsOn ?? current.endsOn) < (input.startsOn ?? current.startsOn)) problems.add('endsOn', 'field.date_order');
  if (input.capacity !== undefined) {
    const enrolled = await countEnrolments(current.id);
    if (input.capacity < enrolled) problems.add('capacity', 'field.capacity_below_enrolled', { enrolled });
  }
  problems.throwIfAny();
  const { version, hours, ...rest } = input;
  const values = { ...rest, ...(hours !== undefined ? { hours: hours.toFixed(1) } : {}) };
  if (!(await updateTraining(current.id, version, values))) throw versionConflict();
  await audit({
    action: 'training.update',
    objectType: 'training',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return presentOne(current.id, actor);
}

export async function removeTraining(current: TrainingRow, version: number): Promise<void> {
  if ((await countEnrolments(current.id)) > 0) throw fieldError('id', 'field.training_has_enrolments');
  if (!(await deleteTraining(current.id, version))) throw versionConflict();
  await audit({
    action: 'training.delete',
    objectType: 'training',
    objectId: current.id,
    details: { title: current.title },
  });
}
