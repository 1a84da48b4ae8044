import { BUDGET_CATEGORIES, PROJECT_STATUSES, TARGET_INDICATORS } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zName, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const CatalogueItemAllowedAction = z.enum(['manage']);
export type CatalogueItemAllowedAction = z.infer<typeof CatalogueItemAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const ProjectAllowedAction = z.enum(['manage', 'spend']);
export type ProjectAllowedAction = z.infer<typeof ProjectAllowedAction>;

const zMoney = z.number().min(0).max(1e11).multipleOf(0.01, { error: 'field.money' });
export const CATALOGUE_STATUSES = ['planned', 'in_progress', 'dropped'] as const;

export const CatalogueItem = z.object({
  id: z.string(),
  year: z.int(),
  serviceArea: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(CATALOGUE_STATUSES),
  referencePrice: z.number().nullable(),
  lastBoughtYear: z.int().nullable(),
  /** Not bought for longer than the setting allows: it drops out of next year's catalogue. */
  isStale: z.boolean(),
  projectCount: z.int(),
  version: z.int(),
  allowedActions: z.array(CatalogueItemAllowedAction),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const CatalogueItemCreate = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    serviceArea: z.string().trim().min(1, { error: 'field.required' }).max(50),
    name: zName,
    description: z.string().trim().max(2000).optional(),
    regionCode: zRegionCode,
    referencePrice: zMoney.optional(),
  })
  .meta({
    examples: [
      {
        year: 2026,
        serviceArea: '长者服务',
        name: '南华西街长者社区照顾服务',
        description: '为辖内独居、空巢、高龄长者提供探访、个案和小组服务',
        regionCode: '440105008000',
        referencePrice: 800000,
      },
    ],
  });
export const CatalogueItemUpdate = CatalogueItemCreate.partial()
  .extend({
    status: z.enum(CATALOGUE_STATUSES).optional(),
    version: zVersion,
  })
  .meta({ examples: [{ referencePrice: 850000, status: 'in_progress', version: 2 }] });
export const CatalogueQuery = PageQuery.extend({
  year: z.coerce.number().int().optional(),
  status: z.enum(CATALOGUE_STATUSES).optional(),
  serviceArea: z.string().optional(),
});

export const BudgetLineInput = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  name: z.string().trim().min(1, { error: 'field.required' }).max(100),
  amount: zMoney,
});
export const TargetInput = z.strictObject({
  indicator: z.enum(TARGET_INDICATORS),
  categoryCode: z.string().max(40).optional(),
  target: z.int().min(1).max(100_000_000),
});

export const ProjectCreate = z
  .strictObject({
    name: zName,
    catalogueItemId: zId.optional(),
    regionCode: zRegionCode,
    buyerName: z.string().trim().min(1).max(100).optional(),
    organisationId: zId,
    stationIds: z.array(zId).min(1, { error: 'field.required' }).max(50),
    startsOn: zDate,
    endsOn: zDate,
    contractAmount: zMoney,
    budgetLines: z.array(BudgetLineInput).max(50).default([]),
    targets: z.array(TargetInput).max(30).default([]),
  })
  .meta({
    examples: [
      {
        name: '2026 年南华西街社工服务站项目',
        catalogueItemId: EXAMPLE_ID.catalogueItem,
        regionCode: '440105008000',
        buyerName: '广州市海珠区人民政府南华西街道办事处',
        organisationId: EXAMPLE_ID.organisation,
        stationIds: [EXAMPLE_ID.station],
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        contractAmount: 2000000,
        budgetLines: [
          { category: 'personnel', name: '社工薪酬及社保', amount: 1400000 },
          { category: 'activities', name: '服务活动经费', amount: 360000 },
          { category: 'supervision', name: '专业督导', amount: 120000 },
          { category: 'administration', name: '行政及办公', amount: 120000 },
        ],
        targets: [
          { indicator: 'cases', target: 60 },
          { indicator: 'group_sessions', target: 48 },
          { indicator: 'person_times', target: 12000 },
          { indicator: 'people_in_category', categoryCode: 'elderly_alone', target: 150 },
        ],
      },
    ],
  });
export type ProjectCreate = z.input<typeof ProjectCreate>;

export const ProjectUpdate = z
  .strictObject({
    name: zName.optional(),
    stationIds: z.array(zId).min(1).max(50).optional(),
    startsOn: zDate.optional(),
    endsOn: zDate.optional(),
    contractAmount: zMoney.optional(),
    budgetLines: z
      .array(BudgetLineInput.extend({ id: zId.optional() }))
      .max(50)
      .optional(),
    targets: z.array(TargetInput).max(30).optional(),
    documentIds: z.array(zId).max(20).optional(),
    version: zVersion,
  })
  .meta({ examples: [{ endsOn: '2027-03-31', contractAmount: 2100000, version: 4 }] });
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

export const ProjectTransition = z
  .strictObject({ comment: z.string().trim().max(1000).optional(), version: zVersion })
  .meta({ examples: [{ comment: '中期评估完成，评估等级良好', version: 5 }] });

export const ExpenditureCreate = z
  .strictObject({
    budgetLineId: zId,
    spentOn: zDate,
    amount: zMoney.refine((v) => v > 0, { error: 'field.too_small' }),
    description: z.string().trim().min(1, { error: 'field.required' }).max(500),
    evidenceFileId: zId.optional(),
  })
  .meta({
    examples: [
      {
        budgetLineId: EXAMPLE_ID.budgetLine,
        spentOn: '2026-04-30',
        amount: 116666.67,
        description: '4 月社工薪酬及社保',
        evidenceFileId: EXAMPLE_ID.file,
      },
    ],
  });
export type ExpenditureCreate = z.infer<typeof ExpenditureCreate>;

export const Expenditure = z.object({
  id: z.string(),
  budgetLineId: z.string(),
  category: z.enum(BUDGET_CATEGORIES),
  spentOn: z.string(),
  amount: z.number(),
  description: z.string(),
  evidenceFileId: z.string().nullable(),
});

const PACES = ['ahead', 'on_track', 'behind', 'not_started'] as const;

export const TargetProgress = z.object({
  id: z.string(),
  indicator: z.enum(TARGET_INDICATORS),
  categoryCode: z.string().nullable(),
  target: z.int(),
  actual: z.int(),
  /** actual / target */
  progress: z.number(),
  pace: z.enum(PACES),
});

export const ShareCheck = z.object({ share: z.number().nullable(), minimum: z.number(), isBelow: z.boolean() });

export const Project = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  catalogueItemId: z.string().nullable(),
  catalogueItemName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  buyerName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  stations: z.array(z.object({ id: z.string(), name: z.string() })),
  startsOn: z.string(),
  endsOn: z.string(),
  contractAmount: z.number(),
  status: z.enum(PROJECT_STATUSES),
  elapsed: z.number(),
  pace: z.enum(PACES),
  budget: z.object({
    total: z.number(),
    spent: z.number(),
    executionRate: z.number().nullable(),
    lines: z.array(
      z.object({
        id: z.string(),
        category: z.enum(BUDGET_CATEGORIES),
        name: z.string(),
        amount: z.number(),
        spent: z.number(),
        executionRate: z.number().nullable(),
      }),
    ),
    /** The personnel rule checked on the plan (before) and on actual spending (after). */
    personnelPlanned: ShareCheck,
    personnelActual: ShareCheck,
  }),
  targets: z.array(TargetProgress),
  documents: z.array(z.object({ id: z.string(), name: z.string() })),
  version: z.int(),
  allowedActions: z.array(ProjectAllowedAction),
});
export type Project = z.infer<typeof Project>;

/** Lists carry the headline figures only. */
export const ProjectSummary = Project.omit({ targets: true, documents: true }).extend({
  budget: Project.shape.budget.omit({ lines: true }),
  targetsBehind: z.int(),
  /** The least-delivered target's actual/target (1 when there are no targets). */
  progress: z.number(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const ProjectListQuery = PageQuery.extend({
  status: z.enum(PROJECT_STATUSES).optional(),
  regionCode: zRegionCode.optional(),
  organisationId: zId.optional(),
  stationId: zId.optional(),
  pace: z.enum(PACES).optional(),
  personnelBelow: z.enum(['true', 'false']).optional(),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

export const ProjectRules = z.object({ personnelMinShare: z.number(), paceTolerance: z.number() });

export const ProjectEvent = z.object({
  id: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
