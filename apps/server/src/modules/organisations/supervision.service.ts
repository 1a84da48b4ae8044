import type {
  AnnualReport,
  AnnualReportCreate,
  CreditMark,
  CreditMarkCreate,
  ExpiringRating,
  Grant,
  GrantCreate,
  Rating,
  RatingCreate,
} from '@shegong/contracts';
import { type RatingGrade, ratingGrade, uuidv7, validUntil } from '@shegong/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { organisationAnnualReports, organisationCreditMarks, organisationGrants, organisationRatings } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Scope } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { fieldError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { organisationScopeWhere } from './organisations.repository.ts';
import { daysBetween, today } from './organisations.service.ts';

type ReportRow = typeof organisationAnnualReports.$inferSelect;

function log(action: string, organisationId: string, details?: Record<string, unknown>) {
  return audit({
    action,
    objectType: 'organisation',
    objectId: organisationId,
    details,
  });
}

const presentReport = (r: ReportRow): AnnualReport => ({
  id: r.id,
  year: r.year,
  income: Number(r.income),
  expenditure: Number(r.expenditure),
  staffTotal: r.staffTotal,
  socialWorkerTotal: r.socialWorkerTotal,
  summary: r.summary,
  status: r.status as AnnualReport['status'],
  reviewComment: r.reviewComment,
  submittedAt: r.submittedAt.toISOString(),
});

export async function listReports(organisationId: string): Promise<AnnualReport[]> {
  const rows = await q()
    .select()
    .from(organisationAnnualReports)
    .where(eq(organisationAnnualReports.organisationId, organisationId))
    .orderBy(desc(organisationAnnualReports.year));
  return rows.map(presentReport);
}

/** 年报: one per year; a returned report may be filed again for the same year. */
export async function submitReport(organisationId: string, input: AnnualReportCreate): Promise<AnnualReport> {
  if (input.year > Number(today().slice(0, 4))) throw fieldError('year', 'field.report_year_future');
  const [existing] = await q()
    .select()
    .from(organisationAnnualReports)
    .where(and(eq(organisationAnnualReports.organisationId, organisationId), eq(organisationAnnualReports.year, input.year)));
  if (existing && existing.status !== 'returned') throw fieldError('year', 'field.report_exists');
  const values = {
    ...input,
    income: input.income.toFixed(2),
    expenditure: input.expenditure.toFixed(2),
    status: 'submitted',
    reviewComment: null,
    submittedAt: new Date(),
    reviewedAt: null,
  };
  const id = existing?.id ?? uuidv7();
  if (existing) await q().update(organisationAnnualReports).set(values).where(eq(organisationAnnualReports.id, id));
  else
    await q()
      .insert(organisationAnnualReports)
      .values({ id, organisationId, ...values });
  await log('organisation.report.submit', organisationId, { year: input.year });
  const [row] = await q().select().from(organisationAnnualReports).where(eq(organisationAnnualReports.id, id));
  return presentReport(row as ReportRow);
}

export async function reviewReport(
  organisationId: string,
  reportId: string,
  decision: 'accept' | 'return',
  comment: string | undefined,
): Promise<AnnualReport> {
  const [report] = await q()
    .select()
    .from(organisationAnnualReports)
    .where(and(eq(organisationAnnualReports.id, reportId), eq(organisationAnnualReports.organisationId, organisationId)));
  if (report?.status !== 'submitted') throw fieldError('decision', 'field.report_not_submitted');
  if (decision === 'return' && !comment?.trim()) throw fieldError('comment', 'field.comment_required');
  await q()
    .update(organisationAnnualReports)
    .set({ status: decision === 'accept' ? 'accepted' : 'returned', reviewComment: comment?.trim() || null, reviewedAt: new Date() })
    .where(eq(organisationAnnualReports.id, reportId));
  await log(`organisation.report.${decision}`, organisationId, { year: report.year });
  return presentReport({ ...report, status: decision === 'accept' ? 'accepted' : 'returned', reviewComment: comment?.trim() || null });
}

type RatingRow = typeof organisationRatings.$inferSelect;

async function presentRatings(rows: RatingRow[]): Promise<Rating[]> {
  const now = today();
  const warnDays = (await getSettings())['rating.warnDays'];
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    grade: r.grade as RatingGrade,
    ratedOn: r.ratedOn,
    validUntil: r.validUntil,
    ratedBy: r.ratedBy,
    isExpired: r.validUntil < now,
    isExpiringSoon: r.validUntil >= now && daysBetween(now, r.validUntil) <= warnDays,
  }));
}

export async function listRatings(organisationId: string): Promise<Rating[]> {
  return presentRatings(
    await q()
      .select()
      .from(organisationRatings)
      .where(eq(organisationRatings.organisationId, organisationId))
      .orderBy(desc(organisationRatings.ratedOn)),
  );
}

/** 等级评估: the grade follows the score and the city's cut-offs; valid five years (settings). */
export async function addRating(organisationId: string, input: RatingCreate): Promise<Rating> {
  const config = await getSettings();
  const grade = ratingGrade(input.score, config['rating.cutoffs']);
  if (!grade) throw fieldError('score', 'field.score_below_grade', { minimum: config['rating.cutoffs']['1A'] });
  const row = {
    id: uuidv7(),
    organisationId,
    score: input.score,
    grade,
    ratedOn: input.ratedOn,
    validUntil: validUntil(input.ratedOn, config['rating.validityYears']),
    ratedBy: input.ratedBy,
    createdAt: new Date(),
  };
  await q().insert(organisationRatings).values(row);
  await log('organisation.rating.add', organisationId, { grade, score: input.score });
  return (await presentRatings([row]))[0] as Rating;
}

/** Ratings whose validity ends within the warning period (or has ended), for reminders. */
export async function expiringRatings(scope: Scope, withinDays: number): Promise<ExpiringRating[]> {
  const now = today();
  const rows = await q().execute<{
    organisation_id: string;
    name: string;
    region_name: string | null;
    grade: string;
    valid_until: string;
  }>(sql`
    select distinct on (organisations.id) organisations.id as organisation_id, organisations.name, rg.name as region_name, r.grade, r.valid_until
    from organisations
    join organisation_ratings r on r.organisation_id = organisations.id
    left join regions rg on rg.code = organisations.region_code
    where ${organisationScopeWhere(scope)}
    order by organisations.id, r.rated_on desc, r.created_at desc`);
  return rows.rows
    .map((r) => ({
      organisationId: r.organisation_id,
      organisationName: r.name,
      regionName: r.region_name ?? '',
      grade: r.grade as RatingGrade,
      validUntil: r.valid_until,
      daysLeft: daysBetween(now, r.valid_until),
    }))
    .filter((r) => r.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

type MarkRow = typeof organisationCreditMarks.$inferSelect;
const presentMark = (m: MarkRow, now: string): CreditMark => ({
  id: m.id,
  kind: m.kind as CreditMark['kind'],
  description: m.description,
  issuedBy: m.issuedBy,
  issuedOn: m.issuedOn,
  expiresOn: m.expiresOn,
  isActive: !m.expiresOn || m.expiresOn >= now,
});

export async function listCreditMarks(organisationId: string): Promise<CreditMark[]> {
  const now = today();
  const rows = await q()
    .select()
    .from(organisationCreditMarks)
    .where(eq(organisationCreditMarks.organisationId, organisationId))
    .orderBy(desc(organisationCreditMarks.issuedOn));
  return rows.map((m) => presentMark(m, now));
}

export async function addCreditMark(organisationId: string, input: CreditMarkCreate): Promise<CreditMark> {
  if (input.expiresOn && input.expiresOn < input.issuedOn) throw fieldError('expiresOn', 'field.date_order');
  const row = { id: uuidv7(), organisationId, ...input, expiresOn: input.expiresOn ?? null, createdAt: new Date() };
  await q().insert(organisationCreditMarks).values(row);
  await log('organisation.credit_mark.add', organisationId, { kind: input.kind });
  return presentMark(row, today());
}

export async function listGrants(organisationId: string): Promise<Grant[]> {
  const rows = await q()
    .select()
    .from(organisationGrants)
    .where(eq(organisationGrants.organisationId, organisationId))
    .orderBy(desc(organisationGrants.grantedOn));
  return rows.map((g) => ({ id: g.id, kind: g.kind as Grant['kind'], amount: Number(g.amount), grantedOn: g.grantedOn, note: g.note }));
}

export async function addGrant(organisationId: string, input: GrantCreate): Promise<Grant> {
  const id = uuidv7();
  await q()
    .insert(organisationGrants)
    .values({
      id,
      organisationId,
      kind: input.kind,
      amount: input.amount.toFixed(2),
      grantedOn: input.grantedOn,
      note: input.note ?? null,
    });
  await log('organisation.grant.add', organisationId, { kind: input.kind, amount: input.amount });
  return { id, kind: input.kind, amount: input.amount, grantedOn: input.grantedOn, note: input.note ?? null };
}
