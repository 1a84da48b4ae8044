import type { ExpenditureCreate, Project, ProjectCreate, ProjectUpdate } from '@shegong/contracts';
import { cityOf, nextProjectStatus, type ProjectStatus, uuidv7 } from '@shegong/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  budgetLines,
  catalogueItems,
  expenditures,
  projectEvents,
  projectStations,
  projects,
  projectTargets,
  stations,
} from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInRegion } from '../../platform/authz/scope.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { requireRegionInScope } from '../regions/region-rules.ts';
import { presentProjects } from './projects.present.ts';
import { loadViews, type ProjectRow } from './projects.repository.ts';

export async function presentProject(id: string, actor: Actor): Promise<Project> {
  const [view] = await loadViews(eq(projects.id, id));
  if (!view) throw notFound();
  return (await presentProjects([view], actor))[0] as Project;
}

/** Stations must belong to the provider and lie in the buyer's region. */
async function checkStations(problems: FieldErrors, stationIds: string[], organisationId: string, regionCode: string): Promise<void> {
  const rows = stationIds.length ? await q().select().from(stations).where(inArray(stations.id, stationIds)) : [];
  const ok = rows.filter((s) => s.organisationId === organisationId && isInRegion(regionCode, s.regionCode));
  if (ok.length !== new Set(stationIds).size) problems.add('stationIds', 'field.project_stations');
}

function checkPeriod(problems: FieldErrors, startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) problems.add('endsOn', 'field.date_order');
}

async function nextCode(regionCode: string, year: string): Promise<string> {
  const head = `XM${regionCode.slice(0, 6)}-${year}-`;
  // One lock per code prefix keeps two simultaneous contracts from taking the same number.
  await q().execute(sql`select pg_advisory_xact_lock(hashtext(${head}))`);
  const [row] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(projects)
    .where(sql`${projects.code} like ${`${head}%`}`);
  return `${head}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function createProject(actor: Actor, input: ProjectCreate): Promise<Project> {
  const problems = new FieldErrors();
  const region = await requireRegionInScope(actor, input.regionCode, 'regionCode', [2, 3, 4]);
  const organisation = await findOrganisation(input.organisationId);
  if (!organisation) problems.add('organisationId', 'field.organisation_unknown');
  if (input.catalogueItemId) {
    const [item] = await q().select().from(catalogueItems).where(eq(catalogueItems.id, input.catalogueItemId));
    if (!item || !isInRegion(cityOf(actor.regionCode), item.regionCode)) problems.add('catalogueItemId', 'field.invalid');
  }
  checkPeriod(problems, input.startsOn, input.endsOn);
  await checkStations(problems, input.stationIds, input.organisationId, input.regionCode);
  problems.throwIfAny();
  const id = uuidv7();
  await q()
    .insert(projects)
    .values({
      id,
      code: await nextCode(input.regionCode, input.startsOn.slice(0, 4)),
      name: input.name,
      ...pinyinColumns(input.name),
      catalogueItemId: input.catalogueItemId ?? null,
      regionCode: input.regionCode,
      buyerName: input.buyerName ?? `${region.name}`,
      organisationId: input.organisationId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      contractAmount: input.contractAmount.toFixed(2),
    });
  await q()
    .insert(projectStations)
    .values([...new Set(input.stationIds)].map((stationId) => ({ projectId: id, stationId })));
  if (input.budgetLines?.length)
    await q()
      .insert(budgetLines)
      .values(
        input.budgetLines.map((l) => ({ id: uuidv7(), projectId: id, category: l.category, name: l.name, amount: l.amount.toFixed(2) })),
      );
  if (input.targets?.length)
    await q()
      .insert(projectTargets)
      .values(
        input.targets.map((t) => ({
          id: uuidv7(),
          projectId: id,
          indicator: t.indicator,
          categoryCode: t.categoryCode ?? null,
          target: t.target,
        })),
      );
  if (input.catalogueItemId)
    await q()
      .update(catalogueItems)
      .set({ status: 'in_progress', lastBoughtYear: Number(input.startsOn.slice(0, 4)) })
      .where(eq(catalogueItems.id, input.catalogueItemId));
  await q().insert(projectEvents).values({ id: uuidv7(), projectId: id, toStatus: 'draft', actorName: actor.displayName });
  await audit({
    action: 'project.create',
    objectType: 'project',
    objectId: id,
    details: { name: input.name, amount: input.contractAmount },
  });
  return presentProject(id, actor);
}

export async function changeProject(actor: Actor, current: ProjectRow, input: ProjectUpdate): Promise<Project> {
  const problems = new FieldErrors();
  checkPeriod(problems, input.startsOn ?? current.startsOn, input.endsOn ?? current.endsOn);
  if (input.stationIds) await checkStations(problems, input.stationIds, current.organisationId, current.regionCode);
  problems.throwIfAny();
  const { version, stationIds, budgetLines: lines, targets, contractAmount, name, ...rest } = input;
  const updated = await q()
    .update(projects)
    .set({
      ...rest,
      ...(name ? { name, ...pinyinColumns(name) } : {}),
      ...(contractAmount !== undefined ? { contractAmount: contractAmount.toFixed(2) } : {}),
      version: version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(projects.id, current.id), eq(projects.version, version)))
    .returning({ id: projects.id });
  if (updated.length === 0) throw versionConflict();
  if (stationIds) {
    await q().delete(projectStations).where(eq(projectStations.projectId, current.id));
    await q()
      .insert(projectStations)
      .values([...new Set(stationIds)].map((stationId) => ({ projectId: current.id, stationId })));
  }
  if (lines) await replaceBudgetLines(current.id, lines);
  if (targets) {
    await q().delete(projectTargets).where(eq(projectTargets.projectId, current.id));
    if (targets.length)
      await q()
        .insert(projectTargets)
        .values(
          targets.map((t) => ({
            id: uuidv7(),
            projectId: current.id,
            indicator: t.indicator,
            categoryCode: t.categoryCode ?? null,
            target: t.target,
          })),
        );
  }
  await audit({
    action: 'project.update',
    objectType: 'project',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return presentProject(current.id, actor);
}

/** Lines keep their ids (spending points at them); a line with spending cannot be dropped. */
async function replaceBudgetLines(projectId: string, lines: NonNullable<ProjectUpdate['budgetLines']>): Promise<void> {
  const existing = await q().select({ id: budgetLines.id }).from(budgetLines).where(eq(budgetLines.projectId, projectId));
  const keep = new Set(lines.map((l) => l.id).filter(Boolean));
  for (const { id } of existing) {
    if (keep.has(id)) continue;
    const [used] = await q().select({ n: sql<number>`count(*)::int` }).from(expenditures).where(eq(expenditures.budgetLineId, id));
    if ((used?.n ?? 0) > 0) throw fieldError('budgetLines', 'field.budget_line_used');
    await q().delete(budgetLines).where(eq(budgetLines.id, id));
  }
  for (const line of lines) {
    const values = { category: line.category, name: line.name, amount: line.amount.toFixed(2) };
    if (line.id && existing.some((e) => e.id === line.id)) await q().update(budgetLines).set(values).where(eq(budgetLines.id, line.id));
    else
      await q()
        .insert(budgetLines)
        .values({ id: uuidv7(), projectId, ...values });
  }
}

export async function advanceProject(actor: Actor, current: ProjectRow, version: number, comment: string | undefined): Promise<Project> {
  const to = nextProjectStatus(current.status as ProjectStatus);
  if (!to) throw fieldError('status', 'field.project_final');
  const updated = await q()
    .update(projects)
    .set({ status: to, version: version + 1, updatedAt: new Date() })
    .where(and(eq(projects.id, current.id), eq(projects.version, version)))
    .returning({ id: projects.id });
  if (updated.length === 0) throw versionConflict();
  await q()
    .insert(projectEvents)
    .values({
      id: uuidv7(),
      projectId: current.id,
      fromStatus: current.status,
      toStatus: to,
      comment: comment ?? null,
      actorName: actor.displayName,
    });
  await audit({
    action: `project.${to}`,
    objectType: 'project',
    objectId: current.id,
    details: { from: current.status, to },
  });
  return presentProject(current.id, actor);
}

export async function recordExpenditure(actor: Actor, project: ProjectRow, input: ExpenditureCreate): Promise<void> {
  const [line] = await q()
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, input.budgetLineId), eq(budgetLines.projectId, project.id)));
  if (!line) throw fieldError('budgetLineId', 'field.invalid');
  if (input.spentOn < project.startsOn || input.spentOn > project.endsOn) throw fieldError('spentOn', 'field.outside_project_period');
  const id = uuidv7();
  await q()
    .insert(expenditures)
    .values({
      id,
      projectId: project.id,
      budgetLineId: line.id,
      spentOn: input.spentOn,
      amount: input.amount.toFixed(2),
      description: input.description,
      evidenceFileId: input.evidenceFileId ?? null,
      recordedBy: actor.userId,
    });
  await audit({
    action: 'project.expenditure',
    objectType: 'project',
    objectId: project.id,
    details: { amount: input.amount, category: line.category },
  });
}
