import type { Worker, WorkerCreate, WorkerRevealResult, WorkerUpdate } from '@shegong/contracts';
import { maskIdNumber, parseIdCard, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInRegion } from '../../platform/authz/scope.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { registerUniqueField } from '../../platform/http/error-handler.ts';
import { AppError, FieldErrors, type FieldProblem, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { findUser } from '../users/users.repository.ts';
import { statusContext } from './worker-status.ts';
import { presentWorker } from './workers.present.ts';
import {
  findWorkerBy,
  idNumberHash,
  insertWorker,
  updateWorker,
  viewWorker,
  type WorkerInsert,
  type WorkerRow,
} from './workers.repository.ts';

// A race past the checks below still ends as a field error, not a 500.
registerUniqueField('social_workers_id_hash_key', { path: 'idNumber', key: 'field.id_number_taken' });
registerUniqueField('social_workers_certificate_key', { path: 'certificateNo', key: 'field.certificate_taken' });

export async function presentOne(id: string, actor: Actor): Promise<Worker> {
  const ctx = await statusContext();
  const view = await viewWorker(id, ctx);
  if (!view) throw notFound();
  return presentWorker(view, actor, ctx);
}

/** The columns derived from an ID number: it is stored encrypted, hashed for lookup and masked for lists. */
export function identityColumns(raw: string) {
  const parsed = parseIdCard(raw);
  if (!parsed.ok) throw fieldError('idNumber', 'field.id_card_format');
  const number = parsed.info.number;
  return {
    idNumberEnc: fieldCrypto().encrypt(number),
    idNumberHash: idNumberHash(number),
    idNumberMasked: maskIdNumber(number) as string,
    gender: parsed.info.gender,
    birthDate: parsed.info.birthDate,
  };
}

/** A qualified worker has a certificate number and year; an unqualified one has neither. */
function checkQualification(problems: FieldErrors, level: string | null, certificateNo: string | null, certifiedYear: number | null) {
  if (level) {
    if (!certificateNo) problems.add('certificateNo', 'field.certificate_required');
    if (!certifiedYear) problems.add('certifiedYear', 'field.certificate_required');
  } else {
    if (certificateNo) problems.add('certificateNo', 'field.certificate_without_level');
    if (certifiedYear) problems.add('certifiedYear', 'field.certificate_without_level');
  }
  if (certifiedYear && certifiedYear > new Date().getFullYear()) problems.add('certifiedYear', 'field.certified_year_future');
}

/** Duplicates of both unique fields reported together, as the constraint would (409). */
async function checkUnique(values: { idNumberHash?: string; certificateNo?: string | null }, selfId: string | null) {
  const problems: FieldProblem[] = [];
  const byId = values.idNumberHash ? await findWorkerBy('idNumberHash', values.idNumberHash) : null;
  if (byId && byId.id !== selfId) problems.push({ path: 'idNumber', key: 'field.id_number_taken' });
  const byCert = values.certificateNo ? await findWorkerBy('certificateNo', values.certificateNo) : null;
  if (byCert && byCert.id !== selfId) problems.push({ path: 'certificateNo', key: 'field.certificate_taken' });
  if (problems.length > 0) throw new AppError(409, 'conflict', 'error.validation', {}, problems);
}

const levelOf = (level: string | undefined | null) => (!level || level === 'none' ? null : level);

export async function createWorker(actor: Actor, input: WorkerCreate): Promise<Worker> {
  const problems = new FieldErrors();
  const organisationId = input.organisationId ?? actor.organisationId;
  const organisation = organisationId ? await findOrganisation(organisationId) : null;
  if (!organisationId) problems.add('organisationId', 'field.required');
  else if (actor.organisationId && organisationId !== actor.organisationId) problems.add('organisationId', 'field.worker_organisation');
  else if (!organisation || !isInRegion(actor, organisation.regionCode)) {
    problems.add('organisationId', 'field.organisation_unknown');
  }
  const level = levelOf(input.qualificationLevel);
  checkQualification(problems, level, input.certificateNo ?? null, input.certifiedYear ?? null);
  problems.throwIfAny();
  if (!organisation) throw notFound();
  const identity = identityColumns(input.idNumber);
  await checkUnique({ idNumberHash: identity.idNumberHash, certificateNo: input.certificateNo }, null);
  const id = uuidv7();
  await insertWorker({
    id,
    name: input.name,
    ...pinyinColumns(input.name),
    ...identity,
    mobile: input.mobile ?? null,
    education: input.education ?? null,
    major: input.major || null,
    organisationId: organisation.id,
    // Where the worker works: the employer's address until a post at a station moves it.
    regionCode: organisation.regionCode,
    qualificationLevel: level,
    certificateNo: input.certificateNo ?? null,
    certifiedYear: input.certifiedYear ?? null,
  });
  await audit({
    action: 'worker.create',
    objectType: 'worker',
    objectId: id,
    details: { name: input.name, organisationId },
  });
  return presentOne(id, actor);
}

/** The sign-in account linked for self-service: a user of the same organisation, linked to no other worker. */
async function checkUserLink(userId: string, worker: WorkerRow): Promise<void> {
  const user = await findUser(userId);
  const other = await findWorkerBy('userId', userId);
  if (!user || user.organisationId !== worker.organisationId || (other && other.id !== worker.id)) {
    throw fieldError('userId', 'field.worker_user');
  }
}

export async function changeWorker(actor: Actor, current: WorkerRow, input: WorkerUpdate): Promise<Worker> {
  const { version, idNumber, name, qualificationLevel, ...rest } = input;
  const level = qualificationLevel === undefined ? current.qualificationLevel : levelOf(qualificationLevel);
  const problems = new FieldErrors();
  checkQualification(
    problems,
    level,
    input.certificateNo === undefined ? current.certificateNo : input.certificateNo,
    input.certifiedYear === undefined ? current.certifiedYear : input.certifiedYear,
  );
  problems.throwIfAny();
  if (input.userId) await checkUserLink(input.userId, current);
  const identity = idNumber ? identityColumns(idNumber) : null;
  await checkUnique({ idNumberHash: identity?.idNumberHash, certificateNo: input.certificateNo }, current.id);
  const values: Partial<WorkerInsert> = {
    ...rest,
    ...(qualificationLevel !== undefined ? { qualificationLevel: level } : {}),
    ...(name ? { name, ...pinyinColumns(name) } : {}),
    ...(identity ?? {}),
  };
  if (!(await updateWorker(current.id, version, values))) throw versionConflict();
  await audit({
    action: input.isActive === false && current.isActive ? 'worker.deactivate' : 'worker.update',
    objectType: 'worker',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return presentOne(current.id, actor);
}

/** One identifier in full (the ID number or the mobile), for a stated reason; the reason is kept in the audit trail. */
export async function revealField(worker: WorkerRow, field: WorkerRevealResult['field'], reason: string): Promise<WorkerRevealResult> {
  const value = field === 'idNumber' ? fieldCrypto().decrypt(worker.idNumberEnc) : worker.mobile;
  await audit({
    action: 'worker.reveal',
    objectType: 'worker',
    objectId: worker.id,
    details: { field, reason },
  });
  return { field, value };
}
