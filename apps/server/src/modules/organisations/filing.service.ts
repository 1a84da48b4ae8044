import type { FilingEvent } from '@shegong/contracts';
import {
  type FilingAction,
  type FilingStatus,
  filingActionNeedsComment,
  type Locale,
  nextFilingStatus,
  translate,
  uuidv7,
} from '@shegong/core';
import { asc, eq } from 'drizzle-orm';
import { organisationFilingEvents } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { q } from '../../platform/db/tx.ts';
import { FieldErrors, fieldError, versionConflict } from '../../platform/http/errors.ts';
import type { OrganisationRecord } from './organisations.repository.ts';
import { updateOrganisation } from './organisations.repository.ts';

/** What a filing must hold before the organisation may submit it. */
const REQUIRED_FOR_SUBMISSION = ['uscc', 'legalRepresentative', 'registeringAuthority', 'registeredOn', 'address', 'contactPhone'] as const;

function checkComplete(org: OrganisationRecord): void {
  const problems = new FieldErrors();
  for (const field of REQUIRED_FOR_SUBMISSION) if (!org[field]) problems.add(field, 'field.filing_incomplete');
  if (org.serviceAreas.length === 0) problems.add('serviceAreas', 'field.filing_incomplete');
  problems.throwIfAny();
}

/** Moves a filing one step; the organisation sees the reviewer's comment when it is returned or rejected. */
export async function transitionFiling(
  actor: Actor,
  org: OrganisationRecord,
  action: FilingAction,
  comment: string | undefined,
  locale: Locale,
): Promise<void> {
  const from = org.filingStatus as FilingStatus;
  const to = nextFilingStatus(from, action);
  if (!to) throw fieldError('filingStatus', 'field.filing_transition', { status: translate(locale, `filing.${from}`) });
  if (filingActionNeedsComment(action) && !comment?.trim()) throw fieldError('comment', 'field.comment_required');
  if (action === 'submit') checkComplete(org);
  const now = new Date();
  const values =
    action === 'submit'
      ? { filingStatus: to, filingSubmittedAt: now, filingComment: null }
      : { filingStatus: to, filingDecidedAt: now, filingComment: comment?.trim() || null };
  if (!(await updateOrganisation(org.id, org.version, values))) throw versionConflict();
  await q()
    .insert(organisationFilingEvents)
    .values({
      id: uuidv7(),
      organisationId: org.id,
      action,
      fromStatus: from,
      toStatus: to,
      comment: comment?.trim() || null,
      actorId: actor.userId,
      actorName: actor.displayName,
    });
  await audit({
    action: `organisation.filing.${action}`,
    objectType: 'organisation',
    objectId: org.id,
    details: { from, to },
  });
}

export async function filingHistory(organisationId: string): Promise<FilingEvent[]> {
  const rows = await q()
    .select()
    .from(organisationFilingEvents)
    .where(eq(organisationFilingEvents.organisationId, organisationId))
    .orderBy(asc(organisationFilingEvents.at));
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    fromStatus: r.fromStatus as FilingStatus,
    toStatus: r.toStatus as FilingStatus,
    comment: r.comment,
    actorName: r.actorName,
    at: r.at.toISOString(),
  }));
}
