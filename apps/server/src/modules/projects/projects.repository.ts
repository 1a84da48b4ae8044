import type { ProjectListQuery } from '@shegong/contracts';
import { and, asc, desc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import {
  budgetLines,
  catalogueItems,
  expenditures,
  organisations,
  projectStations,
  projects,
  projectTargets,
  regions,
  stations,
} from '../../db/schema/index.ts';
import { regionWhere, type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { nameSearch } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type TargetRow = typeof projectTargets.$inferSelect;

export interface ProjectView extends ProjectRow {
  regionName: string | null;
  organisationName: string | null;
  catalogueItemName: string | null;
  stations: { id: string; name: string }[];
  lines: (BudgetLineRow & { spent: string })[];
  targets: TargetRow[];
}

export async function findProject(id: string): Promise<ProjectRow | null> {
  const [row] = await q().select().from(projects).where(eq(projects.id, id));
  return row ?? null;
}

/** A page of projects, each with its stations, budget lines (with spending) and targets, in four queries. */
export async function loadViews(where: SQL | undefined, paging?: { limit: number; offset: number }): Promise<ProjectView[]> {
  const base = q()
    .select({ project: projects, regionName: regions.name, organisationName: organisations.name, catalogueItemName: catalogueItems.name })
    .from(projects)
    .leftJoin(regions, eq(regions.code, projects.regionCode))
    .leftJoin(organisations, eq(organisations.id, projects.organisationId))
    .leftJoin(catalogueItems, eq(catalogueItems.id, projects.catalogueItemId))
    .where(where)
    .orderBy(desc(projects.startsOn), asc(projects.code));
  const rows = paging ? await base.limit(paging.limit).offset(paging.offset) : await base;
  const ids = rows.map((r) => r.project.id);
  if (ids.length === 0) return [];
  const stationRows = await q()
    .select({ projectId: projectStations.projectId, id: stations.id, name: stations.name })
    .from(projectStations)
    .innerJoin(stations, eq(stations.id, projectStations.stationId))
    .where(inArray(projectStations.projectId, ids));
  const lineRows = await q()
    .select({
      line: budgetLines,
      spent: sql<string>`coalesce((select sum(e.amount) from expenditures e where e.budget_line_id = "budget_lines"."id"), 0)::text`,
    })
    .from(budgetLines)
    .where(inArray(budgetLines.projectId, ids))
    .orderBy(asc(budgetLines.id));
  const targetRows = await q().select().from(projectTargets).where(inArray(projectTargets.projectId, ids)).orderBy(asc(projectTargets.id));
  return rows.map((r) => ({
    ...r.project,
    regionName: r.regionName,
    organisationName: r.organisationName,
    catalogueItemName: r.catalogueItemName,
    stations: stationRows.filter((s) => s.projectId === r.project.id).map(({ id, name }) => ({ id, name })),
    lines: lineRows.filter((l) => l.line.projectId === r.project.id).map((l) => ({ ...l.line, spent: l.spent })),
    targets: targetRows.filter((t) => t.projectId === r.project.id),
  }));
}

/** A town sees the projects it buys (by region), an organisation those it runs. */
export function projectScopeWhere(scope: Scope): SQL {
  return scopeWhere(scope, { region: projects.regionCode, organisation: projects.organisationId });
}

export async function listProjects(scope: Scope, query: ProjectListQuery) {
  const conditions: SQL[] = [projectScopeWhere(scope)];
  if (query.q)
    conditions.push(
      nameSearch(query.q, { name: projects.name, pinyin: projects.namePinyin, initials: projects.nameInitials, prefixes: [projects.code] }),
    );
  if (query.status) conditions.push(eq(projects.status, query.status));
  if (query.regionCode) conditions.push(regionWhere(projects.regionCode, query.regionCode));
  if (query.organisationId) conditions.push(eq(projects.organisationId, query.organisationId));
  if (query.stationId) {
    conditions.push(
      exists(
        q()
          .select({ one: sql`1` })
          .from(projectStations)
          .where(and(eq(projectStations.projectId, projects.id), eq(projectStations.stationId, query.stationId))),
      ),
    );
  }
  return and(...conditions);
}

export async function countProjects(where: SQL | undefined): Promise<number> {
  const [row] = await q().select({ n: sql<number>`count(*)::int` }).from(projects).where(where);
  return row?.n ?? 0;
}

export async function expendituresOf(projectId: string) {
  return q()
    .select({ e: expenditures, category: budgetLines.category })
    .from(expenditures)
    .innerJoin(budgetLines, eq(budgetLines.id, expenditures.budgetLineId))
    .where(eq(expenditures.projectId, projectId))
    .orderBy(desc(expenditures.spentOn), desc(expenditures.id));
}
