import { z } from 'zod';
import { PageQuery, zDate, zId, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';
import { zHours } from './workers.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const TrainingAllowedAction = z.enum(['manage', 'enrol']);
export type TrainingAllowedAction = z.infer<typeof TrainingAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const EnrolmentAllowedAction = z.enum(['withdraw']);
export type EnrolmentAllowedAction = z.infer<typeof EnrolmentAllowedAction>;

/** The bureau's programmes: new-worker, supervisor, management and continuing-education training. */
export const TRAINING_KINDS = ['new_worker', 'supervisor', 'management', 'continuing'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const ENROLMENT_STATUSES = ['enrolled', 'attended', 'absent'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const Training = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(TRAINING_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  provider: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  hours: z.number(),
  capacity: z.int(),
  location: z.string().nullable(),
  enrolledCount: z.int(),
  /** For an organisation's staff: how many of its own workers are enrolled (null for the bureau). */
  ownEnrolledCount: z.int().nullable(),
  version: z.int(),
  allowedActions: z.array(TrainingAllowedAction),
});
export type Training = z.infer<typeof Training>;

const zTitle = z.string().trim().min(1, { error: 'field.required' }).max(200);

export const TrainingCreate = z
  .strictObject({
    title: zTitle,
    kind: z.enum(TRAINING_KINDS),
    provider: zTitle,
    startsOn: zDate,
    endsOn: zDate,
    hours: zHours,
    capacity: z.int().min(1).max(10000),
    location: z.string().trim().max(200).optional(),
  })
  .meta({
    examples: [
      {
        title: '2026 年新入职社工岗前培训',
        kind: 'new_worker',
        provider: '广州市社会工作协会',
        startsOn: '2026-04-08',
        endsOn: '2026-04-10',
        hours: 18,
        capacity: 80,
        location: '海珠区社会工作指导中心 3 楼培训室',
      },
    ],
  });
export type TrainingCreate = z.infer<typeof TrainingCreate>;

export const TrainingUpdate = z
  .strictObject({
    title: zTitle.optional(),
    kind: z.enum(TRAINING_KINDS).optional(),
    provider: zTitle.optional(),
    startsOn: zDate.optional(),
    endsOn: zDate.optional(),
    hours: zHours.optional(),
    capacity: z.int().min(1).max(10000).optional(),
    location: z.string().trim().max(200).nullable().optional(),
    version: zVersion,
  })
  .meta({ examples: [{ capacity: 100, location: '海珠区社会工作指导中心 1 楼多功能厅', version: 2 }] });
export type TrainingUpdate = z.infer<typeof TrainingUpdate>;

export const TrainingListQuery = PageQuery.extend({
  kind: z.enum(TRAINING_KINDS).optional(),
  /** q matches the title. open=true: only programmes not yet ended (still open for enrolment). */
  open: z.enum(['true', 'false']).optional(),
});
export type TrainingListQuery = z.infer<typeof TrainingListQuery>;

export const Enrolment = z.object({
  id: z.string(),
  trainingId: z.string(),
  trainingTitle: z.string(),
  trainingHours: z.number(),
  workerId: z.string(),
  workerName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  attendedHours: z.number().nullable(),
  createdAt: z.string(),
  allowedActions: z.array(EnrolmentAllowedAction),
});
export type Enrolment = z.infer<typeof Enrolment>;

export const EnrolmentCreate = z.strictObject({ trainingId: zId }).meta({ examples: [{ trainingId: EXAMPLE_ID.training }] });
export type EnrolmentCreate = z.infer<typeof EnrolmentCreate>;

export const EnrolmentWithdraw = z
  .strictObject({ reason: z.string().trim().min(2).max(200) })
  .meta({ examples: [{ reason: '培训当日需跟进高风险个案' }] });

/** The bureau's register of a session: attended (with hours), absent, or back to enrolled. */
export const AttendanceBody = z
  .strictObject({
    marks: z
      .array(
        z.strictObject({
          enrolmentId: zId,
          status: z.enum(ENROLMENT_STATUSES),
          hours: zHours.optional(),
        }),
      )
      .min(1, { error: 'field.required' })
      .max(1000),
  })
  .meta({ examples: [{ marks: [{ enrolmentId: EXAMPLE_ID.enrolment, status: 'attended', hours: 18 }] }] });
export type AttendanceBody = z.infer<typeof AttendanceBody>;

export const EnrolmentListQuery = PageQuery.extend({
  trainingId: zId.optional(),
  workerId: zId.optional(),
  status: z.enum(ENROLMENT_STATUSES).optional(),
});
export type EnrolmentListQuery = z.infer<typeof EnrolmentListQuery>;

/** The roster of a programme: pages, no search. */
export const RosterQuery = PageQuery.omit({ q: true });
export type RosterQuery = z.infer<typeof RosterQuery>;
