import { CLIENT_RISK_LEVELS, GENDERS, ID_TYPES } from '@shegong/core';
import { z } from 'zod';
import { zDate, zId, zMobile, zName } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** The parts of a client file around the person: reveal, duplicates, merge, timeline, print. */

/** Ending a category (its last day) and/or attaching its evidence (a file of this client). */
export const CategoryUpdate = z
  .strictObject({
    effectiveTo: zDate.nullable().optional(),
    evidenceFileId: zId.nullable().optional(),
  })
  .meta({ examples: [{ effectiveTo: '2025-12-31' }] });
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

export const ConsentWithdraw = z.strictObject({ withdrawnOn: zDate }).meta({ examples: [{ withdrawnOn: '2026-05-06' }] });
export type ConsentWithdraw = z.infer<typeof ConsentWithdraw>;

export const REVEAL_FIELDS = ['idNumber', 'mobile', 'address'] as const;

/** The full value of one identifier, for a stated reason kept in the audit trail. */
export const ClientRevealBody = z
  .strictObject({
    field: z.enum(REVEAL_FIELDS),
    reason: z.string().trim().min(4, { error: 'field.reveal_reason' }).max(200),
  })
  .meta({ examples: [{ field: 'mobile', reason: '电话回访，确认上门探访时间' }] });
export type ClientRevealBody = z.infer<typeof ClientRevealBody>;

export const ClientRevealResult = z.object({ field: z.enum(REVEAL_FIELDS), value: z.string().nullable() });
export type ClientRevealResult = z.infer<typeof ClientRevealResult>;

/** What is typed at entry, to suggest files that may already be this person. */
export const DuplicateQuery = z
  .strictObject({
    name: zName,
    birthDate: zDate.optional(),
    mobile: zMobile.optional(),
    /** A resident ID number: its birth date is used, and a file with the same number is certain. */
    idNumber: z.string().trim().max(40).optional(),
  })
  .meta({ examples: [{ name: '谭美玲', birthDate: '1948-03-15', mobile: '13800138003', idNumber: '440105194803150422' }] });
export type DuplicateQuery = z.infer<typeof DuplicateQuery>;

export const DuplicateMatch = z.object({
  id: z.string(),
  name: z.string(),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  address: z.string(),
  stationName: z.string(),
  riskLevel: z.enum(CLIENT_RISK_LEVELS),
  reasons: z.array(z.enum(['id_number', 'name_birth', 'mobile'])),
  likelihood: z.enum(['certain', 'high', 'medium']),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const DuplicateResult = z.object({
  items: z.array(DuplicateMatch),
  /**
   * The resident ID typed is on a file the caller cannot see (another organisation's): the same
   * answer whoever holds it, counted as an identity lookup. The caller may ask to share it.
   */
  heldElsewhere: z.boolean(),
});
export type DuplicateResult = z.infer<typeof DuplicateResult>;

/** Merges the file in the path into `intoId`, which survives with the history of both. */
export const ClientMergeBody = z
  .strictObject({
    intoId: zId,
    reason: z.string().trim().max(200).optional(),
  })
  .meta({ examples: [{ intoId: EXAMPLE_ID.otherClient, reason: '同一人重复建档（证件号码一致）' }] });
export type ClientMergeBody = z.infer<typeof ClientMergeBody>;

export const ClientMergeResult = z.object({
  mergedId: z.string(),
  intoId: z.string(),
  /** Rows moved per table. */
  moved: z.record(z.string(), z.int()),
});
export type ClientMergeResult = z.infer<typeof ClientMergeResult>;

export const TIMELINE_KINDS = [
  'file_created',
  'case_opened',
  'case_closed',
  'case_note',
  'group_session',
  'activity',
  'service',
  'category_added',
  'category_ended',
  'consent_given',
  'consent_withdrawn',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TimelineEntry = z.object({
  /** The day it happened (YYYY-MM-DD). */
  on: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** Case number, group name, activity theme, category name, consent purpose ... */
  title: z.string(),
  /** Note kind and a short extract, session theme, service content ... */
  detail: z.string().nullable(),
  caseId: z.string().nullable(),
  refId: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Timeline = z.object({
  items: z.array(TimelineEntry),
  /** Entries held by organisations or kept in modules the caller may not read (counted, not shown). */
  hidden: z.int(),
});
export type Timeline = z.infer<typeof Timeline>;
