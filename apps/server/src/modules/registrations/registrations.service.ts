import type { Registration, RegistrationAllowedAction, RegistrationApply, RegistrationReview } from '@shegong/contracts';
import {
  applicationProblem,
  type Locale,
  type MessageKey,
  nextRegistrationStatus,
  type RegistrationAction,
  type RegistrationKind,
  type RegistrationStatus,
  registrationActionNeedsComment,
  registrationValidity,
  renewalOpensOn,
  translate,
  uuidv7,
} from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { AppError, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { today } from '../workers/worker-status.ts';
import { lockWorker, type WorkerRow } from '../workers/workers.repository.ts';
import { registrationPolicy } from './registrations.policy.ts';
import {
  hasOpenApplication,
  insertRegistration,
  latestIssued,
  nextRegistrationNo,
  type RegistrationRecord,
  type RegistrationView,
  updateRegistration,
  viewRegistration,
} from './registrations.repository.ts';

/**
 * Registration numbers read 粤社登{year}{six-digit sequence} (Guangdong). The prefix is the
 * province's; a platform serving another province would make it a setting.
 */
const NUMBER_PREFIX = '粤社登';

/** The step the caller may take now: review_first while pending, review_final after it, then issue. */
function nextSteps(view: RegistrationView, actor: Actor | null): RegistrationAllowedAction[] {
  const may = allowedActions(actor, registrationPolicy, view);
  if (view.status === 'pending') return may.filter((a) => a === 'review_first');
  if (view.status === 'first_approved') return may.filter((a) => a === 'review_final');
  if (view.status === 'final_approved' && may.includes('review_final')) return ['issue'];
  return [];
}

export function presentRegistration(view: RegistrationView, actor: Actor | null): Registration {
  return {
    id: view.id,
    workerId: view.workerId,
    workerName: view.workerName,
    idNumberMasked: view.idNumberMasked,
    qualificationLevel: view.qualificationLevel,
    certificateNo: view.certificateNo,
    organisationId: view.workerOrganisationId,
    organisationName: view.organisationName ?? '',
    regionCode: view.workerRegionCode,
    kind: view.kind as RegistrationKind,
    status: view.status as RegistrationStatus,
    appliedOn: view.appliedOn,
    firstReviewedAt: view.firstReviewedAt?.toISOString() ?? null,
    firstComment: view.firstComment,
    finalReviewedAt: view.finalReviewedAt?.toISOString() ?? null,
    finalComment: view.finalComment,
    registrationNo: view.registrationNo,
    validFrom: view.validFrom,
    validUntil: view.validUntil,
    version: view.version,
    allowedActions: nextSteps(view, actor),
  };
}

async function presentOne(id: string, actor: Actor): Promise<Registration> {
  const view = await viewRegistration(id);
  if (!view) throw notFound();
  return presentRegistration(view, actor);
}

const APPLICATION_PROBLEMS: Record<string, MessageKey> = {
  open: 'field.registration_open',
  valid: 'field.registration_valid',
  none: 'field.registration_none',
  expired: 'field.registration_expired',
  window: 'field.renewal_window',
};

export async function applyForRegistration(actor: Actor, worker: WorkerRow, input: RegistrationApply): Promise<Registration> {
  if (!worker.isActive) throw fieldError('kind', 'field.worker_left');
  if (!worker.qualificationLevel || !worker.certificateNo) throw fieldError('kind', 'field.qualification_required');
  // One application at a time: concurrent applications for the same worker queue here.
  await lockWorker(worker.id);
  const settings = await getSettings();
  const windowMonths = settings['registration.renewalWindowMonths'];
  const current = await latestIssued(worker.id);
  const now = today();
  const problem = applicationProblem({
    kind: input.kind,
    hasOpenApplication: await hasOpenApplication(worker.id),
    currentValidUntil: current?.validUntil ?? null,
    today: now,
    windowMonths,
  });
  if (problem) {
    const opensOn = current?.validUntil ? renewalOpensOn(current.validUntil, windowMonths) : '';
    throw fieldError('kind', APPLICATION_PROBLEMS[problem] as MessageKey, { months: windowMonths, opensOn });
  }
  const id = uuidv7();
  await insertRegistration({ id, workerId: worker.id, kind: input.kind, status: 'pending', appliedOn: now });
  await audit({
    action: 'registration.apply',
    objectType: 'registration',
    objectId: id,
    details: { workerId: worker.id, kind: input.kind },
  });
  return presentOne(id, actor);
}

function invalidTransition(status: string, locale: Locale): AppError {
  const label = translate(locale, `registrationStatus.${status}` as MessageKey);
  return new AppError(409, 'invalid_state', 'registration.invalid_transition', { status: label });
}

/** The employer's (first) or the bureau's (final) decision; stages follow the core transition table. */
export async function reviewRegistration(
  actor: Actor,
  record: RegistrationRecord,
  stage: 'first' | 'final',
  input: RegistrationReview,
  locale: Locale,
): Promise<Registration> {
  const action = `${input.decision}_${stage}` as RegistrationAction;
  const next = nextRegistrationStatus(record.status as RegistrationStatus, action);
  if (!next) throw invalidTransition(record.status, locale);
  if (registrationActionNeedsComment(action) && !input.comment) throw fieldError('comment', 'field.required');
  const decided = { by: actor.userId, at: new Date(), comment: input.comment ?? null };
  const values =
    stage === 'first'
      ? { status: next, firstReviewedBy: decided.by, firstReviewedAt: decided.at, firstComment: decided.comment }
      : { status: next, finalReviewedBy: decided.by, finalReviewedAt: decided.at, finalComment: decided.comment };
  if (!(await updateRegistration(record.id, input.version, values))) throw versionConflict();
  await audit({
    action: `registration.${stage}_review`,
    objectType: 'registration',
    objectId: record.id,
    details: { decision: input.decision, from: record.status, to: next, comment: decided.comment },
  });
  return presentOne(record.id, actor);
}

/**
 * 出证: a number, and a validity from today — or for a renewal from the day after the
 * previous registration ends, so the periods join.
 */
export async function issueRegistration(actor: Actor, record: RegistrationRecord, version: number, locale: Locale) {
  if (!nextRegistrationStatus(record.status as RegistrationStatus, 'issue')) throw invalidTransition(record.status, locale);
  await lockWorker(record.workerId);
  const years = (await getSettings())['registration.validityYears'];
  const previous = record.kind === 'renewal' ? await latestIssued(record.workerId, record.id) : null;
  const now = today();
  const validity = registrationValidity(now, years, previous?.validUntil ?? null);
  const registrationNo = await nextRegistrationNo(NUMBER_PREFIX, Number(now.slice(0, 4)));
  if (!(await updateRegistration(record.id, version, { status: 'issued', registrationNo, ...validity }))) throw versionConflict();
  await audit({
    action: 'registration.issue',
    objectType: 'registration',
    objectId: record.id,
    details: { registrationNo, ...validity },
  });
  return presentOne(record.id, actor);
}
