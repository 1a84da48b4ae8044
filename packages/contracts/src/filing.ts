import { FILING_STATUSES, RATING_GRADES } from '@shegong/core';
import { z } from 'zod';
import { zDate, zId } from './common.ts';

export const CREDIT_MARK_KINDS = ['penalty', 'joint_discipline', 'abnormal', 'commendation'] as const;
export const GRANT_KINDS = ['startup_subsidy', 'rating_reward', 'other'] as const;
export const ANNUAL_REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;

const zComment = z.string().trim().max(1000);
const zMoney = z.number().min(0).max(1e12).multipleOf(0.01, { error: 'field.money' });

/** The filing (备案) part of an organisation record. */
export const FilingFields = z.strictObject({
  registeringAuthority: z.string().trim().min(1, { error: 'field.required' }).max(100).optional(),
  registeredOn: zDate.optional(),
  legalRepresentative: z.string().trim().min(1, { error: 'field.required' }).max(50).optional(),
  serviceAreas: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
  staffTotal: z.int().min(0).max(100000).optional(),
  socialWorkerTotal: z.int().min(0).max(100000).optional(),
  documentIds: z.array(z.uuid()).max(20).optional(),
});
export type FilingFields = z.infer<typeof FilingFields>;

export const FilingDecisionBody = z
  .strictObject({ comment: zComment.optional() })
  .meta({ examples: [{ comment: '章程、登记证书与法定代表人信息一致，准予备案' }] });

export const FilingEvent = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: z.enum(FILING_STATUSES),
  toStatus: z.enum(FILING_STATUSES),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type FilingEvent = z.infer<typeof FilingEvent>;

export const AnnualReportCreate = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    income: zMoney,
    expenditure: zMoney,
    staffTotal: z.int().min(0).max(100000),
    socialWorkerTotal: z.int().min(0).max(100000),
    summary: z.string().trim().min(1, { error: 'field.required' }).max(5000),
  })
  .meta({
    examples: [
      {
        year: 2025,
        income: 3860000,
        expenditure: 3512400.5,
        staffTotal: 46,
        socialWorkerTotal: 32,
        summary: '全年承接南华西街社工站等 3 个项目，开展个案 128 个、小组 36 个、社区活动 214 场。',
      },
    ],
  });
export type AnnualReportCreate = z.infer<typeof AnnualReportCreate>;

export const AnnualReport = z.object({
  id: z.string(),
  year: z.int(),
  income: z.number(),
  expenditure: z.number(),
  staffTotal: z.int(),
  socialWorkerTotal: z.int(),
  summary: z.string(),
  status: z.enum(ANNUAL_REPORT_STATUSES),
  reviewComment: z.string().nullable(),
  submittedAt: z.string(),
});
export type AnnualReport = z.infer<typeof AnnualReport>;

export const AnnualReportReview = z
  .strictObject({ decision: z.enum(['accept', 'return']), comment: zComment.optional() })
  .meta({ examples: [{ decision: 'return', comment: '请补充 2025 年度财务审计报告' }] });

export const RatingCreate = z
  .strictObject({
    score: z.int().min(0).max(1000),
    ratedOn: zDate,
    ratedBy: z.string().trim().min(1, { error: 'field.required' }).max(100),
  })
  .meta({ examples: [{ score: 856, ratedOn: '2025-11-20', ratedBy: '广州市社会组织评估中心' }] });
export type RatingCreate = z.infer<typeof RatingCreate>;

export const Rating = z.object({
  id: z.string(),
  score: z.int(),
  grade: z.enum(RATING_GRADES),
  ratedOn: z.string(),
  validUntil: z.string(),
  ratedBy: z.string().nullable(),
  isExpiringSoon: z.boolean(),
  isExpired: z.boolean(),
});
export type Rating = z.infer<typeof Rating>;

export const CreditMarkCreate = z
  .strictObject({
    kind: z.enum(CREDIT_MARK_KINDS),
    description: z.string().trim().min(1, { error: 'field.required' }).max(1000),
    issuedBy: z.string().trim().min(1, { error: 'field.required' }).max(100),
    issuedOn: zDate,
    expiresOn: zDate.optional(),
  })
  .meta({
    examples: [
      { kind: 'commendation', description: '2025 年度广州市优秀社会工作服务机构', issuedBy: '广州市民政局', issuedOn: '2025-12-18' },
    ],
  });
export type CreditMarkCreate = z.infer<typeof CreditMarkCreate>;

export const CreditMark = CreditMarkCreate.extend({ id: z.string(), expiresOn: z.string().nullable(), isActive: z.boolean() });
export type CreditMark = z.infer<typeof CreditMark>;

export const GrantCreate = z
  .strictObject({
    kind: z.enum(GRANT_KINDS),
    amount: zMoney,
    grantedOn: zDate,
    note: z.string().trim().max(500).optional(),
  })
  .meta({ examples: [{ kind: 'startup_subsidy', amount: 50000, grantedOn: '2025-03-01', note: '新设立社会工作服务机构一次性资助' }] });
export type GrantCreate = z.infer<typeof GrantCreate>;

export const Grant = GrantCreate.extend({ id: z.string(), note: z.string().nullable() });
export type Grant = z.infer<typeof Grant>;

/** Organisations whose rating expires soon (reminders) or has lapsed. */
export const ExpiringRating = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  regionName: z.string(),
  grade: z.enum(RATING_GRADES),
  validUntil: z.string(),
  daysLeft: z.int(),
});
export type ExpiringRating = z.infer<typeof ExpiringRating>;

export const ExpiringRatingsQuery = z.strictObject({ days: z.coerce.number().int().min(0).max(3650).optional() });
export type ExpiringRatingsQuery = z.infer<typeof ExpiringRatingsQuery>;

export const AnnualReportParams = z.strictObject({ id: zId, reportId: zId });
