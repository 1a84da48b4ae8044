import type { EducationLevel, Worker } from '@shegong/contracts';
import {
  educationPeriod,
  educationState,
  maskMobile,
  type QualificationLevel,
  type RegistrationKind,
  type RegistrationStatus,
  sumHours,
} from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import type { StatusContext } from './worker-status.ts';
import { workerPolicy } from './workers.policy.ts';
import type { WorkerView } from './workers.repository.ts';

/** The ID number and the mobile leave the server masked, on lists and records alike; in full only through the audited reveal. */
export function presentWorker(view: WorkerView, actor: Actor | null, ctx: StatusContext): Worker {
  const actions = allowedActions(actor, workerPolicy, view);
  const level = (view.qualificationLevel as QualificationLevel | null) ?? null;
  const current = view.curFrom && view.curUntil ? { validFrom: view.curFrom, validUntil: view.curUntil } : null;
  const period = educationPeriod(current, ctx.today, ctx.periodYears);
  const hours = sumHours([view.hours]);
  const education = educationState({
    level,
    hours,
    required: ctx.required,
    validUntil: current?.validUntil ?? null,
    today: ctx.today,
    warnMonths: ctx.warnMonths,
  });
  return {
    id: view.id,
    name: view.name,
    idNumberMasked: view.idNumberMasked,
    gender: view.gender as Worker['gender'],
    birthDate: view.birthDate,
    mobile: maskMobile(view.mobile),
    education: (view.education as EducationLevel | null) ?? null,
    major: view.major,
    organisationId: view.organisationId,
    organisationName: view.organisationName ?? '',
    regionCode: view.regionCode,
    regionName: view.regionName ?? view.regionCode,
    userId: view.userId,
    qualificationLevel: level ?? 'none',
    certificateNo: view.certificateNo,
    certifiedYear: view.certifiedYear,
    isActive: view.isActive,
    registration: {
      status: (view.latestStatus as RegistrationStatus | null) ?? null,
      kind: (view.latestKind as RegistrationKind | null) ?? null,
      applicationId: view.latestId,
      registrationNo: view.curNo,
      validFrom: view.curFrom,
      validUntil: view.curUntil,
      isValid: current !== null && current.validFrom <= ctx.today && ctx.today <= current.validUntil,
    },
    continuingEducation: { periodFrom: period.from, periodTo: period.to, hours, ...education },
    createdAt: view.createdAt.toISOString(),
    version: view.version,
    allowedActions: actions,
  };
}
