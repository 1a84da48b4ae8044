import { z } from 'zod';
import { PageQuery, zId } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const ReferralAllowedAction = z.enum(['respond']);
export type ReferralAllowedAction = z.infer<typeof ReferralAllowedAction>;

/** 转介: a case referred out to another station, possibly another organisation, which accepts or rejects. */
export const REFERRAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;

export const ReferralCreate = z
  .strictObject({
    toStationId: zId,
    reason: z.string().trim().min(1, { error: 'field.required' }).max(2000),
  })
  .meta({ examples: [{ toStationId: EXAMPLE_ID.otherStation, reason: '案主搬往天河区五山街道随女儿居住，需由当地社工站继续跟进。' }] });
export type ReferralCreate = z.infer<typeof ReferralCreate>;

/** The receiver may name the worker and supervisor of the case it opens. */
export const ReferralAccept = z
  .strictObject({
    workerId: zId.optional(),
    supervisorUserId: zId.optional(),
    comment: z.string().trim().max(1000).optional(),
  })
  .meta({ examples: [{ workerId: EXAMPLE_ID.worker, supervisorUserId: EXAMPLE_ID.supervisorUser, comment: '已安排社工本周内上门' }] });
export type ReferralAccept = z.infer<typeof ReferralAccept>;

export const ReferralReject = z
  .strictObject({ comment: z.string().trim().min(1, { error: 'field.required' }).max(1000) })
  .meta({ examples: [{ comment: '案主新住址不在本站服务范围，建议转介至五山街社工站' }] });
export type ReferralReject = z.infer<typeof ReferralReject>;

/**
 * The receiver sees only a masked name, age, categories and the reason until it accepts;
 * the sending case (id, number) is shown to the sender only.
 */
export const ReferralClient = z.object({
  id: z.string().nullable(),
  name: z.string(),
  age: z.int().nullable(),
  gender: z.string().nullable(),
  categories: z.array(z.string()),
});

export const Referral = z.object({
  id: z.string(),
  /** out: the caller's side sent it; in: the caller's side received it. */
  direction: z.enum(['out', 'in']),
  status: z.enum(REFERRAL_STATUSES),
  reason: z.string(),
  responseComment: z.string().nullable(),
  client: ReferralClient,
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  newCaseId: z.string().nullable(),
  fromStationId: z.string(),
  fromStationName: z.string(),
  fromOrganisationName: z.string(),
  toStationId: z.string(),
  toStationName: z.string(),
  toOrganisationName: z.string(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  /** respond (accept or reject), for the receiving side while pending. */
  allowedActions: z.array(ReferralAllowedAction),
});
export type Referral = z.infer<typeof Referral>;

export const ReferralListQuery = PageQuery.extend({
  direction: z.enum(['out', 'in']).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  caseId: zId.optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;
