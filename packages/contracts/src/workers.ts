import { EDUCATION_STATES, parseIdCard, QUALIFICATION_LEVELS, REGISTRATION_KINDS, REGISTRATION_STATUSES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zMobile, zName, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const WorkerAllowedAction = z.enum(['update', 'reveal_id', 'apply', 'record', 'enrol']);
export type WorkerAllowedAction = z.infer<typeof WorkerAllowedAction>;

/** 学历, stored as English keys; the labels (初中及以下 … 博士) live in the i18n catalogue. */
export const EDUCATION_LEVELS = [
  'junior_or_below',
  'senior_high',
  'secondary_vocational',
  'junior_college',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 助理社会工作师 / 社会工作师 / 高级社会工作师, or none (not yet qualified). */
export const WORKER_LEVELS = ['none', ...QUALIFICATION_LEVELS] as const;
export type WorkerLevel = (typeof WORKER_LEVELS)[number];

const ID_CARD_PROBLEM_KEYS = { format: 'field.id_card_format', birthDate: 'field.id_card_birth_date', checksum: 'field.id_card_checksum' };

/** 居民身份证号码 (GB 11643): 18 characters or an old 15-digit number; a lowercase x is fine. */
export const zIdNumber = z.string().superRefine((value, ctx) => {
  const parsed = parseIdCard(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: ID_CARD_PROBLEM_KEYS[parsed.problem] });
});

export const zCertificateNo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{4,40}$/, { error: 'field.certificate_no' });

const zCertifiedYear = z.int().min(1990).max(2100);

export const RegistrationSummary = z.object({
  /** The latest application's status, whatever it is (a pending renewal shows here). */
  status: z.enum(REGISTRATION_STATUSES).nullable(),
  kind: z.enum(REGISTRATION_KINDS).nullable(),
  applicationId: z.string().nullable(),
  /** The latest issued registration (the certificate in force, or the one that expired). */
  registrationNo: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  isValid: z.boolean(),
});
export type RegistrationSummary = z.infer<typeof RegistrationSummary>;

export const EducationSummary = z.object({
  periodFrom: z.string(),
  periodTo: z.string(),
  hours: z.number(),
  /** Null when no requirement applies (no qualification). */
  required: z.number().nullable(),
  state: z.enum(EDUCATION_STATES).nullable(),
});
export type EducationSummary = z.infer<typeof EducationSummary>;

export const Worker = z.object({
  id: z.string(),
  name: z.string(),
  /** Always masked (440105********1234); the full number only through the audited reveal. */
  idNumberMasked: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  /** Always masked (138****1234), on the record too; in full only through the audited reveal. */
  mobile: z.string().nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  major: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  userId: z.string().nullable(),
  qualificationLevel: z.enum(WORKER_LEVELS),
  certificateNo: z.string().nullable(),
  certifiedYear: z.int().nullable(),
  isActive: z.boolean(),
  registration: RegistrationSummary,
  continuingEducation: EducationSummary,
  createdAt: z.string(),
  version: z.int(),
  allowedActions: z.array(WorkerAllowedAction),
});
export type Worker = z.infer<typeof Worker>;

export const WorkerCreate = z
  .strictObject({
    idNumber: zIdNumber,
    name: zName,
    mobile: zMobile.optional(),
    education: z.enum(EDUCATION_LEVELS).optional(),
    major: z.string().trim().max(100).optional(),
    /** The employer; an organisation's own administrator may leave it out. */
    organisationId: zId.optional(),
    qualificationLevel: z.enum(WORKER_LEVELS).default('none'),
    certificateNo: zCertificateNo.optional(),
    certifiedYear: zCertifiedYear.optional(),
  })
  .meta({
    examples: [
      {
        idNumber: '440105199007210327',
        name: '林晓燕',
        mobile: '13800138000',
        education: 'bachelor',
        major: '社会工作',
        organisationId: EXAMPLE_ID.organisation,
        qualificationLevel: 'intermediate',
        certificateNo: 'SW-2019-440105-0321',
        certifiedYear: 2019,
      },
    ],
  });
export type WorkerCreate = z.input<typeof WorkerCreate>;

export const WorkerUpdate = z
  .strictObject({
    /** Corrects a mistyped number; gender and birth date follow it. */
    idNumber: zIdNumber.optional(),
    name: zName.optional(),
    mobile: zMobile.nullable().optional(),
    education: z.enum(EDUCATION_LEVELS).nullable().optional(),
    major: z.string().trim().max(100).nullable().optional(),
    qualificationLevel: z.enum(WORKER_LEVELS).optional(),
    certificateNo: zCertificateNo.nullable().optional(),
    certifiedYear: zCertifiedYear.nullable().optional(),
    /** The worker's own sign-in account (a user of the same organisation), for self-service. */
    userId: zId.nullable().optional(),
    /** false = left the organisation (离职); the record stays for history. */
    isActive: z.boolean().optional(),
    version: zVersion,
  })
  .meta({
    examples: [
      { mobile: '13800138001', qualificationLevel: 'senior', certificateNo: 'SW-2024-440105-0108', certifiedYear: 2024, version: 3 },
    ],
  });
export type WorkerUpdate = z.infer<typeof WorkerUpdate>;

export const WorkerListQuery = PageQuery.extend({
  organisationId: zId.optional(),
  regionCode: zRegionCode.optional(),
  qualificationLevel: z.enum(WORKER_LEVELS).optional(),
  /** The latest application's status, or none for workers who never applied. */
  registrationStatus: z.enum([...REGISTRATION_STATUSES, 'none']).optional(),
  educationState: z.enum(EDUCATION_STATES).optional(),
  isActive: z.enum(['true', 'false']).optional(),
});
export type WorkerListQuery = z.infer<typeof WorkerListQuery>;

export const WORKER_REVEAL_FIELDS = ['idNumber', 'mobile'] as const;

/** One of a worker's identifiers in full, for a stated reason kept in the audit trail. */
export const WorkerRevealBody = z
  .strictObject({ field: z.enum(WORKER_REVEAL_FIELDS), reason: z.string().trim().min(2).max(200) })
  .meta({ examples: [{ field: 'idNumber', reason: '办理社会工作者登记，核对身份证件' }] });
export type WorkerRevealBody = z.infer<typeof WorkerRevealBody>;
export const WorkerRevealResult = z.object({ field: z.enum(WORKER_REVEAL_FIELDS), value: z.string().nullable() });
export type WorkerRevealResult = z.infer<typeof WorkerRevealResult>;

/** Workers short of continuing-education hours (at risk or lapsed), soonest deadline first. */
export const EducationAlertQuery = PageQuery.extend({
  organisationId: zId.optional(),
  regionCode: zRegionCode.optional(),
  state: z.enum(['at_risk', 'lapsed']).optional(),
});
export type EducationAlertQuery = z.infer<typeof EducationAlertQuery>;

export const zHours = z
  .number()
  .gt(0, { error: 'field.hours_positive' })
  .max(100)
  .refine((h) => Math.abs(h * 10 - Math.round(h * 10)) < 1e-9, { error: 'field.hours_one_decimal' });

export const EducationRecordCreate = z
  .strictObject({
    course: z.string().trim().min(1, { error: 'field.required' }).max(200),
    provider: z.string().trim().min(1, { error: 'field.required' }).max(200),
    takenOn: zDate,
    hours: zHours,
  })
  .meta({ examples: [{ course: '老年社会工作实务', provider: '广州市社会工作协会', takenOn: '2025-09-18', hours: 12 }] });
export type EducationRecordCreate = z.infer<typeof EducationRecordCreate>;

export const EducationRecord = z.object({
  id: z.string(),
  workerId: z.string(),
  course: z.string(),
  provider: z.string(),
  takenOn: z.string(),
  hours: z.number(),
  /** Set when the record came from attended bureau training (then it changes only there). */
  enrolmentId: z.string().nullable(),
  /** Whether it falls inside the period that counts now. */
  counts: z.boolean(),
  createdAt: z.string(),
});
export type EducationRecord = z.infer<typeof EducationRecord>;

export const WorkerEducation = z.object({ summary: EducationSummary, records: z.array(EducationRecord) });
export type WorkerEducation = z.infer<typeof WorkerEducation>;

/** The list's filters, without paging: an export holds every matching worker. */
export const WorkerExportQuery = WorkerListQuery.omit({ page: true, pageSize: true });
export type WorkerExportQuery = z.infer<typeof WorkerExportQuery>;
