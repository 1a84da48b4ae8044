import { defineResource } from '../../platform/authz/resources.ts';
import { type EnrolmentView, findEnrolment } from './enrolments.repository.ts';
import { findTraining, type TrainingRow } from './trainings.repository.ts';

/** A programme belongs to the bureau of its region (no organisation): only the bureau manages it. */
export const trainingPolicy = defineResource<TrainingRow>({
  name: 'training',
  load: findTraining,
  scopeOf: (t) => ({ regionCode: t.regionCode, organisationId: null }),
  actions: ['training.manage'],
});

/** An enrolment is its worker's record: the employer and the bureau of the worker's region see it. */
export const enrolmentPolicy = defineResource<EnrolmentView>({
  name: 'enrolment',
  load: findEnrolment,
  scopeOf: (e) => ({ regionCode: e.workerRegionCode, organisationId: e.workerOrganisationId }),
  actions: ['training.enrol'],
});
