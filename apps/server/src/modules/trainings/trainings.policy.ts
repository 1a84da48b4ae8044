import { defineResource } from '../../platform/authz/resources.ts';
import { isCovering, isInRegion } from '../../platform/authz/scope.ts';
import { today } from '../workers/worker-status.ts';
import { findEnrolment } from './enrolments.repository.ts';
import { type TrainingView, viewTraining } from './trainings.repository.ts';

/** A programme takes enrolments until it ends, while places are left. */
export function isOpenForEnrolment(t: Pick<TrainingView, 'endsOn' | 'enrolledCount' | 'capacity'>, day = today()): boolean {
  return t.endsOn >= day && t.enrolledCount < t.capacity;
}

/**
 * A programme belongs to the bureau of its region (no organisation): only a bureau of its region (or
 * above) manages it; every organisation inside the region, and every bureau above it, sees it, and an
 * organisation enrols its workers while it is open.
 */
export const trainingPolicy = defineResource({
  name: 'training',
  load: (id) => viewTraining(id, null),
  scopeOf: (t) => ({ regionCode: t.regionCode, organisationId: null }),
  isVisible: (actor, t) => isCovering(actor, t.regionCode),
  actions: ['training.manage', 'training.enrol'],
  rules: {
    'training.manage': (actor, t) => actor.organisationId === null && isInRegion(actor, t.regionCode),
    'training.enrol': (_actor, t) => isOpenForEnrolment(t),
  },
});

/** An enrolment is its worker's record: the employer and the bureau of the worker's region see it. */
export const enrolmentPolicy = defineResource({
  name: 'enrolment',
  load: findEnrolment,
  scopeOf: (e) => ({ regionCode: e.workerRegionCode, organisationId: e.workerOrganisationId }),
  actions: ['training.enrol'],
});
