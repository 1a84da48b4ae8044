import {
  CASE_STAGES,
  CLIENT_RISK_LEVELS,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  GENDERS,
  HOUSEHOLD_RELATIONS,
  ID_TYPES,
  SERVICE_KINDS,
} from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zMobile, zName, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const ClientAllowedAction = z.enum(['update', 'merge', 'reveal']);
export type ClientAllowedAction = z.infer<typeof ClientAllowedAction>;

/**
 * The client file (一人一档): one file per person served. Identifiers leave the server masked
 * (440105********1234, 138****1234, the address to its district); the full value only through
 * the audited reveal. Cross-field rules (a resident ID gives gender and birth date; other
 * documents are format-checked; a child under 14 needs a guardian's consent) are checked by
 * the server together with the others; `parseIdentity` and `guardianConsentMissing` from
 * @shegong/core let a form check them too.
 */
const zTag = z.string().trim().min(1, { error: 'field.required' }).max(20);

export const ConsentInput = z
  .strictObject({
    purpose: z.enum(CONSENT_PURPOSES),
    givenBy: z.enum(CONSENT_GIVERS),
    guardianName: zName.optional(),
    guardianRelation: z.enum(HOUSEHOLD_RELATIONS).optional(),
    givenOn: zDate,
    /** A scan of the signed form: a file uploaded for this client (ownerType "client"). */
    documentFileId: zId.optional(),
  })
  .meta({
    examples: [
      {
        purpose: 'personal_data',
        givenBy: 'guardian',
        guardianName: '谭伟明',
        guardianRelation: 'parent',
        givenOn: '2026-02-10',
        documentFileId: EXAMPLE_ID.file,
      },
    ],
  });
export type ConsentInput = z.infer<typeof ConsentInput>;

/** A vulnerable-group category held from a date (to a date), with its evidence document. */
export const CategoryInput = z
  .strictObject({
    code: z.string().trim().min(1, { error: 'field.required' }).max(40),
    effectiveFrom: zDate,
    effectiveTo: zDate.optional(),
    /** A file uploaded for this client (ownerType "client"); on a new file, attach it afterwards. */
    evidenceFileId: zId.optional(),
  })
  .meta({ examples: [{ code: 'elderly_alone', effectiveFrom: '2024-01-01', evidenceFileId: EXAMPLE_ID.file }] });
export type CategoryInput = z.infer<typeof CategoryInput>;

export const HouseholdMemberInput = z
  .strictObject({
    name: zName,
    relation: z.enum(HOUSEHOLD_RELATIONS),
    birthDate: zDate.optional(),
    mobile: zMobile.optional(),
    /** The member's own client file, when the member is served too. */
    linkedClientId: zId.optional(),
  })
  .meta({ examples: [{ name: '谭伟明', relation: 'child', birthDate: '1975-08-02', mobile: '13800138002' }] });
export type HouseholdMemberInput = z.infer<typeof HouseholdMemberInput>;

export const ClientCreate = z
  .strictObject({
    name: zName,
    idType: z.enum(ID_TYPES),
    /** Resident ID (GB 11643; 15 digits and a lowercase x accepted), permit or passport number; none without a document. */
    idNumber: z.string().trim().max(40).optional(),
    /** Only without a resident ID: with one, both come from the number. */
    gender: z.enum(GENDERS).optional(),
    birthDate: zDate.optional(),
    mobile: zMobile.optional(),
    /** The person's village/community (level 5) in the caller's area. */
    regionCode: zRegionCode,
    /** Street, building, room: stored encrypted, shown only through reveal. */
    address: z.string().trim().max(200).optional(),
    /** The responsible station: active, in the caller's area and run by the caller's organisation. */
    stationId: zId,
    /** The responsible worker, of the station's organisation. */
    workerId: zId.optional(),
    riskLevel: z.enum(CLIENT_RISK_LEVELS).default('low'),
    tags: z.array(zTag).max(20).default([]),
    categories: z
      .array(CategoryInput.omit({ evidenceFileId: true }))
      .max(20)
      .default([]),
    household: z
      .array(HouseholdMemberInput.omit({ linkedClientId: true }))
      .max(20)
      .default([]),
    /** Required, as a guardian's, when the person is under 14 (PIPL art. 31). */
    consent: ConsentInput.omit({ documentFileId: true }).optional(),
  })
  .meta({
    examples: [
      {
        name: '谭美玲',
        idType: 'resident_id',
        idNumber: '440105194803150422',
        gender: 'female',
        birthDate: '1948-03-15',
        mobile: '13800138003',
        regionCode: '440105008101',
        address: '鳌洲外街 9 号 302 房',
        stationId: EXAMPLE_ID.station,
        workerId: EXAMPLE_ID.worker,
        riskLevel: 'medium',
        tags: ['行动不便'],
        categories: [{ code: 'elderly_alone', effectiveFrom: '2024-01-01' }],
        household: [{ name: '谭伟明', relation: 'child', mobile: '13800138002' }],
        consent: { purpose: 'personal_data', givenBy: 'self', givenOn: '2026-02-10' },
      },
    ],
  });
export type ClientCreate = z.input<typeof ClientCreate>;

export const ClientUpdate = z
  .strictObject({
    name: zName.optional(),
    /** Correcting the document: send idType and idNumber (gender and birth date with a non-resident document). */
    idType: z.enum(ID_TYPES).optional(),
    idNumber: z.string().trim().max(40).nullable().optional(),
    gender: z.enum(GENDERS).optional(),
    birthDate: zDate.optional(),
    mobile: zMobile.nullable().optional(),
    regionCode: zRegionCode.optional(),
    address: z.string().trim().max(200).nullable().optional(),
    stationId: zId.optional(),
    workerId: zId.nullable().optional(),
    riskLevel: z.enum(CLIENT_RISK_LEVELS).optional(),
    tags: z.array(zTag).max(20).optional(),
    version: zVersion,
  })
  .meta({ examples: [{ mobile: '13800138004', riskLevel: 'high', tags: ['行动不便', '近期跌倒'], version: 4 }] });
export type ClientUpdate = z.infer<typeof ClientUpdate>;

export const ClientCategory = z.object({
  id: z.string(),
  code: z.string(),
  /** From the category list, in the caller's language. */
  name: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  isCurrent: z.boolean(),
  evidenceFileId: z.string().nullable(),
});
export type ClientCategory = z.infer<typeof ClientCategory>;

/** How the caller holds the file: its organisation's own, shared in full by a referral, or its own history only. */
export const CLIENT_ACCESS = ['own', 'full', 'history', 'oversight'] as const;

/** A file in a list. Names are masked (李**) for the bureau, which oversees but does not serve. */
export const ClientSummary = z.object({
  id: z.string(),
  name: z.string(),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  age: z.int().nullable(),
  mobileMasked: z.string().nullable(),
  regionCode: z.string(),
  /** The address shown: its district only ("海珠区"); the full one through reveal. */
  address: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  workerId: z.string().nullable(),
  workerName: z.string().nullable(),
  riskLevel: z.enum(CLIENT_RISK_LEVELS),
  tags: z.array(z.string()),
  /** Categories held today. */
  currentCategories: z.array(z.object({ code: z.string(), name: z.string() })),
  access: z.enum(CLIENT_ACCESS),
  status: z.literal('active'),
  mergedIntoId: z.null(),
  version: z.int(),
  /** update, merge, reveal: none for a history-only share. */
  allowedActions: z.array(ClientAllowedAction),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const HouseholdMember = z.object({
  id: z.string(),
  /** Masked (王**) for readers who do not serve the person. */
  name: z.string(),
  relation: z.enum(HOUSEHOLD_RELATIONS),
  birthDate: z.string().nullable(),
  age: z.int().nullable(),
  mobileMasked: z.string().nullable(),
  linkedClientId: z.string().nullable(),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const Consent = z.object({
  id: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  givenBy: z.enum(CONSENT_GIVERS),
  guardianName: z.string().nullable(),
  guardianRelation: z.enum(HOUSEHOLD_RELATIONS).nullable(),
  givenOn: z.string(),
  documentFileId: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

/** One file, every view audited. */
export const ClientDetail = ClientSummary.extend({
  categories: z.array(ClientCategory),
  household: z.array(HouseholdMember),
  consents: z.array(Consent),
  /** A child under 14 without a guardian's consent in force (e.g. after a withdrawal). */
  guardianConsentMissing: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientDetail = z.infer<typeof ClientDetail>;

/** A file merged into another reads as a pointer to the surviving file; its history moved there. */
export const MergedClient = z.object({
  id: z.string(),
  status: z.literal('merged'),
  mergedIntoId: z.string(),
  mergedAt: z.string(),
  allowedActions: z.array(ClientAllowedAction),
});
export type MergedClient = z.infer<typeof MergedClient>;

export const ClientRead = z.union([ClientDetail, MergedClient]);
export type ClientRead = z.infer<typeof ClientRead>;

export const ClientListQuery = PageQuery.extend({
  regionCode: zRegionCode.optional(),
  stationId: zId.optional(),
  /** A category code held today. */
  category: z.string().trim().max(40).optional(),
  riskLevel: z.enum(CLIENT_RISK_LEVELS).optional(),
  workerId: zId.optional(),
  ageFrom: z.coerce.number().int().min(0).max(150).optional(),
  ageTo: z.coerce.number().int().min(0).max(150).optional(),
});
export type ClientListQuery = z.infer<typeof ClientListQuery>;

export const ClientCategoryOption = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  sortOrder: z.int(),
  isActive: z.boolean(),
});
export type ClientCategoryOption = z.infer<typeof ClientCategoryOption>;

export const PrintCase = z.object({
  caseNo: z.string(),
  stage: z.enum(CASE_STAGES),
  intakeOn: z.string(),
  closedOn: z.string().nullable(),
  stationName: z.string(),
  workerName: z.string().nullable(),
});

/** Everything the A4 print of a file shows, masked like the screen; printing is audited as a read. */
export const ClientPrint = z.object({
  client: ClientDetail,
  cases: z.array(PrintCase),
  services: z.object({
    from: z.string(),
    to: z.string(),
    personTimes: z.int(),
    byKind: z.array(z.object({ kind: z.enum(SERVICE_KINDS), personTimes: z.int() })),
  }),
  printedAt: z.string(),
  printedBy: z.string(),
  /** Footer line: who printed it, when, and that it is personal information. */
  notice: z.string(),
});
export type ClientPrint = z.infer<typeof ClientPrint>;

// The parts around the file (reveal, duplicates, merge, timeline); exported here so the package index stays as it is.
export * from './client-records.ts';
export * from './share-requests.ts';

export const ClientHoldingParams = z.strictObject({ id: zId, holdingId: zId });
export const ClientMemberParams = z.strictObject({ id: zId, memberId: zId });
export const ClientConsentParams = z.strictObject({ id: zId, consentId: zId });
