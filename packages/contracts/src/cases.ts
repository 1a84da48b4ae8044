import {
  CASE_ACTIONS,
  CASE_APPROVALS,
  CASE_CLOSURE_REASONS,
  CASE_MODES,
  CASE_NOTE_KINDS,
  CASE_RISK_LEVELS,
  CASE_SOURCES,
  CASE_STAGES,
  GOAL_STATUSES,
  LIFE_DOMAINS,
  NEED_LEVELS,
} from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const CaseNoteAllowedAction = z.enum(['update']);
export type CaseNoteAllowedAction = z.infer<typeof CaseNoteAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const CaseAllowedAction = z.enum([...CASE_ACTIONS, 'record', 'refer']);
export type CaseAllowedAction = z.infer<typeof CaseAllowedAction>;

/** Casework (MZ/T 094-2017): request and response schemas of the cases domain. */
const zText = (max: number) => z.string().trim().min(1, { error: 'field.required' }).max(max);
const zComment = z.string().trim().max(1000);

/** 接案: a client file taken on at a station; or, with `declinedReason`, recorded as 不接案. */
export const CaseCreate = z
  .strictObject({
    clientId: zId,
    stationId: zId,
    source: z.enum(CASE_SOURCES),
    intakeOn: zDate,
    presentingProblem: zText(4000),
    riskLevel: z.enum(CASE_RISK_LEVELS),
    workerId: zId.optional(),
    supervisorUserId: zId.optional(),
    declinedReason: zText(1000).optional(),
  })
  .meta({
    examples: [
      {
        clientId: EXAMPLE_ID.client,
        stationId: EXAMPLE_ID.station,
        source: 'outreach',
        intakeOn: '2026-02-10',
        presentingProblem: '独居长者近期跌倒，行动不便，缺乏照顾和社交支持。',
        riskLevel: 'medium',
        workerId: EXAMPLE_ID.worker,
        supervisorUserId: EXAMPLE_ID.supervisorUser,
      },
    ],
  });
export type CaseCreate = z.infer<typeof CaseCreate>;

/** One life domain's need: its level and what was seen. */
export const DomainNeed = z.strictObject({ level: z.enum(NEED_LEVELS), notes: z.string().trim().max(2000).optional() });

/** 预估: needs across the life domains, risks and strengths. */
export const Assessment = z.strictObject({
  needs: z.strictObject(
    Object.fromEntries(LIFE_DOMAINS.map((d) => [d, DomainNeed])) as Record<(typeof LIFE_DOMAINS)[number], typeof DomainNeed>,
  ),
  risks: z.string().trim().max(4000),
  strengths: z.string().trim().max(4000),
  riskLevel: z.enum(CASE_RISK_LEVELS).optional(),
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentSubmit = z.strictObject({ assessment: Assessment, version: zVersion }).meta({
  examples: [
    {
      assessment: {
        needs: {
          health: { level: 'high', notes: '膝关节退化，3 个月内跌倒 2 次' },
          economic: { level: 'low' },
          family: { level: 'medium', notes: '儿子每月探望一次' },
          education: { level: 'none' },
          housing: { level: 'medium', notes: '住 3 楼，无电梯' },
          safety: { level: 'high', notes: '浴室无扶手' },
          social: { level: 'medium' },
          psychological: { level: 'low' },
        },
        risks: '再次跌倒；独处时无人及时发现',
        strengths: '思维清晰，愿意接受服务；与邻居关系良好',
        riskLevel: 'medium',
      },
      version: 2,
    },
  ],
});
export type AssessmentSubmit = z.infer<typeof AssessmentSubmit>;

export const GoalInput = z.strictObject({ description: zText(1000), targetDate: zDate });

/** 计划: goals with target dates and the next review; submitted for the supervisor's sign-off. */
export const PlanSubmit = z
  .strictObject({
    goals: z.array(GoalInput).min(1, { error: 'field.required' }).max(20),
    nextReviewOn: zDate,
    version: zVersion,
  })
  .meta({
    examples: [
      {
        goals: [
          { description: '完成居家适老化改造（浴室扶手、防滑垫）', targetDate: '2026-04-30' },
          { description: '建立每周 2 次的邻里探访', targetDate: '2026-05-31' },
        ],
        nextReviewOn: '2026-04-15',
        version: 3,
      },
    ],
  });
export type PlanSubmit = z.infer<typeof PlanSubmit>;

/** A supervisor's sign-off; a return must say why. */
export const CaseDecision = z
  .strictObject({ comment: zComment.optional(), version: zVersion })
  .meta({ examples: [{ comment: '目标具体可行，同意', version: 4 }] });
export type CaseDecision = z.infer<typeof CaseDecision>;

/** 介入: a case note, visit (mode, place, duration), service delivered or resource linked. */
export const CaseNoteInput = z
  .strictObject({
    kind: z.enum(CASE_NOTE_KINDS),
    occurredOn: zDate,
    mode: z.enum(CASE_MODES).optional(),
    place: z.string().trim().max(200).optional(),
    durationMinutes: z.int().min(1).max(1440).optional(),
    serviceType: z.string().trim().max(100).optional(),
    content: zText(10000),
  })
  .meta({
    examples: [
      {
        kind: 'visit',
        occurredOn: '2026-03-02',
        mode: 'home_visit',
        place: '案主家中',
        durationMinutes: 60,
        serviceType: '情绪支持',
        content: '探访案主，了解跌倒后的康复情况，协助联系社区医生上门。',
      },
    ],
  });
export type CaseNoteInput = z.infer<typeof CaseNoteInput>;

export const CaseNoteUpdate = CaseNoteInput.extend({ version: zVersion }).meta({
  examples: [
    {
      kind: 'visit',
      occurredOn: '2026-03-02',
      mode: 'home_visit',
      place: '案主家中',
      durationMinutes: 75,
      serviceType: '情绪支持',
      content: '探访案主，了解跌倒后的康复情况，协助联系社区医生上门。',
      version: 1,
    },
  ],
});
export type CaseNoteUpdate = z.infer<typeof CaseNoteUpdate>;

export const CaseNote = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(CASE_NOTE_KINDS),
  occurredOn: z.string(),
  mode: z.enum(CASE_MODES).nullable(),
  place: z.string().nullable(),
  durationMinutes: z.int().nullable(),
  serviceType: z.string().nullable(),
  content: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  version: z.int(),
  /** update (edit or delete), for the author. */
  allowedActions: z.array(CaseNoteAllowedAction),
});
export type CaseNote = z.infer<typeof CaseNote>;

/** 评估: how each goal turned out, and a summary. */
export const EvaluationSubmit = z
  .strictObject({
    goalOutcomes: z.array(z.strictObject({ goalId: zId, status: z.enum(GOAL_STATUSES).exclude(['open']) })).max(20),
    summary: zText(4000),
    version: zVersion,
  })
  .meta({
    examples: [
      {
        goalOutcomes: [{ goalId: EXAMPLE_ID.goal, status: 'achieved' }],
        summary: '适老化改造已完成，邻里探访稳定，案主 3 个月内未再跌倒。',
        version: 6,
      },
    ],
  });
export type EvaluationSubmit = z.infer<typeof EvaluationSubmit>;

/** 结案 request: the reason and the outcome, for the supervisor's sign-off. */
export const ClosureRequest = z
  .strictObject({
    reason: z.enum(CASE_CLOSURE_REASONS),
    outcome: zText(4000),
    version: zVersion,
  })
  .meta({ examples: [{ reason: 'goals_met', outcome: '服务目标均已达成，案主同意结案，转为每月电话关怀。', version: 7 }] });
export type ClosureRequest = z.infer<typeof ClosureRequest>;

/** 不接案 at intake, or reopening a closed case: both say why. */
export const CaseReasonBody = z
  .strictObject({ reason: zText(1000), version: zVersion })
  .meta({ examples: [{ reason: '案主出院后再次跌倒，需要重新评估和跟进', version: 9 }] });
export type CaseReasonBody = z.infer<typeof CaseReasonBody>;

export const CaseGoal = z.object({
  id: z.string(),
  description: z.string(),
  targetDate: z.string(),
  status: z.enum(GOAL_STATUSES),
});

export const CaseEvent = z.object({
  id: z.string(),
  action: z.string(),
  fromStage: z.enum(CASE_STAGES).nullable(),
  toStage: z.enum(CASE_STAGES).nullable(),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

/** A case in a list: client names are masked for the bureau, which oversees but does not serve. */
export const CaseSummary = z.object({
  id: z.string(),
  caseNo: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  organisationId: z.string(),
  regionCode: z.string(),
  workerId: z.string().nullable(),
  workerName: z.string().nullable(),
  supervisorUserId: z.string().nullable(),
  stage: z.enum(CASE_STAGES),
  approval: z.enum(CASE_APPROVALS),
  source: z.enum(CASE_SOURCES),
  intakeOn: z.string(),
  riskLevel: z.enum(CASE_RISK_LEVELS),
  nextReviewOn: z.string().nullable(),
  isReviewOverdue: z.boolean(),
  version: z.int(),
  /** The steps the caller may take now: assess, submit_plan, approve_plan, record, refer, ... */
  allowedActions: z.array(CaseAllowedAction),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** One case with its work: read audited (case notes are personal data). */
export const CaseDetail = CaseSummary.extend({
  presentingProblem: z.string(),
  declinedReason: z.string().nullable(),
  approvalComment: z.string().nullable(),
  assessment: Assessment.nullable(),
  goals: z.array(CaseGoal),
  evaluation: z.object({ summary: z.string() }).nullable(),
  closureReason: z.enum(CASE_CLOSURE_REASONS).nullable(),
  closureOutcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  events: z.array(CaseEvent),
  /** Only the organisation's own staff receive notes; the bureau sees how many there are. */
  notes: z.array(CaseNote),
  noteCount: z.int(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

const zFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CaseListQuery = PageQuery.extend({
  stage: z.enum(CASE_STAGES).optional(),
  approval: z.enum(CASE_APPROVALS).optional(),
  workerId: zId.optional(),
  stationId: zId.optional(),
  clientId: zId.optional(),
  riskLevel: z.enum(CASE_RISK_LEVELS).optional(),
  /** Open cases whose review date has passed. */
  overdue: zFlag.optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

// Referrals and tasks are parts of casework; exported with it so the package index stays as it is.
export * from './referrals.ts';
export * from './tasks.ts';
