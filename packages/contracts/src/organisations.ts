import { FILING_STATUSES, parseUscc, RATING_GRADES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zMobile, zName, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';
import { FilingFields } from './filing.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const OrganisationAllowedAction = z.enum(['update', 'file', 'review', 'report', 'supervise']);
export type OrganisationAllowedAction = z.infer<typeof OrganisationAllowedAction>;

export const ORGANISATION_TYPES = ['social_group', 'private_non_enterprise', 'foundation', 'other'] as const;

/** Rejects codes of the wrong shape; a failed check character is only a warning (see `usccWarning`). */
export const zUscc = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const result = parseUscc(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `field.uscc_${result.problem}` });
  });

export const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  uscc: z.string().nullable(),
  usccWarning: z.string().nullable(),
  type: z.enum(ORGANISATION_TYPES),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  stationCount: z.int(),
  registeringAuthority: z.string().nullable(),
  registeredOn: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  serviceAreas: z.array(z.string()),
  staffTotal: z.int().nullable(),
  socialWorkerTotal: z.int().nullable(),
  documents: z.array(z.object({ id: z.string(), name: z.string(), size: z.int() })),
  filingStatus: z.enum(FILING_STATUSES),
  filingSubmittedAt: z.string().nullable(),
  filingDecidedAt: z.string().nullable(),
  filingComment: z.string().nullable(),
  rating: z
    .object({ grade: z.enum(RATING_GRADES), validUntil: z.string(), isExpiringSoon: z.boolean(), isExpired: z.boolean() })
    .nullable(),
  activeCreditMarks: z.array(z.object({ kind: z.string(), description: z.string(), issuedOn: z.string() })),
  createdAt: z.string(),
  version: z.int(),
  allowedActions: z.array(OrganisationAllowedAction),
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationCreate = z
  .strictObject({
    name: zName,
    uscc: zUscc.optional(),
    type: z.enum(ORGANISATION_TYPES),
    regionCode: zRegionCode,
    address: z.string().trim().max(200).optional(),
    contactName: z.string().trim().max(50).optional(),
    contactPhone: zMobile.optional(),
  })
  .meta({
    examples: [
      {
        name: '广州市海珠区启航社会工作服务中心',
        uscc: '52440105MJL088610P',
        type: 'private_non_enterprise',
        regionCode: '440105008000',
        address: '南华西街同福西路 112 号',
        contactName: '黄嘉欣',
        contactPhone: '13826041187',
      },
    ],
  });
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;

/** Optional text fields may be cleared with null. */
export const OrganisationUpdate = OrganisationCreate.partial()
  .extend({
    uscc: zUscc.nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
    contactName: z.string().trim().max(50).nullable().optional(),
    contactPhone: zMobile.nullable().optional(),
  })
  .extend(FilingFields.shape)
  .extend({ version: zVersion })
  .meta({
    examples: [
      {
        registeringAuthority: '广州市海珠区民政局',
        registeredOn: '2016-05-20',
        legalRepresentative: '黄嘉欣',
        serviceAreas: ['长者服务', '青少年服务', '家庭服务'],
        staffTotal: 46,
        socialWorkerTotal: 32,
        documentIds: [EXAMPLE_ID.file],
        version: 2,
      },
    ],
  });
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const OrganisationListQuery = PageQuery.extend({
  regionCode: zRegionCode.optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  filingStatus: z.enum(FILING_STATUSES).optional(),
  grade: z.enum(RATING_GRADES).optional(),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

/** The list's filters, without paging: an export holds every matching organisation. */
export const OrganisationExportQuery = OrganisationListQuery.omit({ page: true, pageSize: true });
export type OrganisationExportQuery = z.infer<typeof OrganisationExportQuery>;
