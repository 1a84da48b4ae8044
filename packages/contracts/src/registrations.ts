import { REGISTRATION_KINDS, REGISTRATION_STATUSES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zId, zRegionCode, zVersion } from './common.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const RegistrationAllowedAction = z.enum(['review_first', 'review_final', 'issue']);
export type RegistrationAllowedAction = z.infer<typeof RegistrationAllowedAction>;

/** One application for registration (登记) or renewal (再登记) and its review trail. */
export const Registration = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  idNumberMasked: z.string(),
  qualificationLevel: z.string().nullable(),
  certificateNo: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  regionCode: z.string(),
  kind: z.enum(REGISTRATION_KINDS),
  status: z.enum(REGISTRATION_STATUSES),
  appliedOn: z.string(),
  firstReviewedAt: z.string().nullable(),
  firstComment: z.string().nullable(),
  finalReviewedAt: z.string().nullable(),
  finalComment: z.string().nullable(),
  /** Set when issued (已出证). */
  registrationNo: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  version: z.int(),
  /** review_first, review_final (which also issues) as the caller may take them now. */
  allowedActions: z.array(RegistrationAllowedAction),
});
export type Registration = z.infer<typeof Registration>;

export const RegistrationApply = z.strictObject({ kind: z.enum(REGISTRATION_KINDS) }).meta({ examples: [{ kind: 'initial' }] });
export type RegistrationApply = z.infer<typeof RegistrationApply>;

/** A reviewer's decision; a rejection must say why. */
export const RegistrationReview = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(500).optional(),
    version: zVersion,
  })
  .meta({ examples: [{ decision: 'approve', comment: '资格证书与劳动合同核对无误，同意', version: 1 }] });
export type RegistrationReview = z.infer<typeof RegistrationReview>;

export const RegistrationIssue = z.strictObject({ version: zVersion }).meta({ examples: [{ version: 3 }] });

export const RegistrationListQuery = PageQuery.extend({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  kind: z.enum(REGISTRATION_KINDS).optional(),
  workerId: zId.optional(),
  organisationId: zId.optional(),
  regionCode: zRegionCode.optional(),
});
export type RegistrationListQuery = z.infer<typeof RegistrationListQuery>;
