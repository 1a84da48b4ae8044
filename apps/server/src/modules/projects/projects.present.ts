import type { Project, ProjectSummary } from '@shegong/contracts';
import { type BudgetCategory, type ProjectStatus, personnelShare, toCents } from '@shegong/core';
import { and, eq, inArray } from 'drizzle-orm';
import { files } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { q } from '../../platform/db/tx.ts';
import { getSettings } from '../../platform/settings.ts';
import { today } from '../organisations/organisations.service.ts';
import { projectActuals, targetProgress } from './project-progress.ts';
import { projectPolicy } from './projects.policy.ts';
import type { ProjectView } from './projects.repository.ts';

const rate = (spent: number, amount: number) => (amount > 0 ? spent / amount : null);

/** Projects with live progress, budget execution and the personnel rule checked before and after. */
export async function presentProjects(views: ProjectView[], actor: Actor | null): Promise<Project[]> {
  const config = await getSettings();
  const now = today();
  const minimum = config['project.personnelMinShare'];
  const actuals = await projectActuals(
    views.map((v) => v.id),
    now,
  );
  const docIds = views.flatMap((v) => v.documentIds);
  const docs = docIds.length
    ? await q()
        .select({ id: files.id, name: files.name })
        .from(files)
        .where(and(inArray(files.id, docIds), eq(files.ownerType, 'project')))
    : [];
  return views.map((v) => {
    const progress = targetProgress(
      v,
      actuals.get(v.id) as NonNullable<ReturnType<typeof actuals.get>>,
      now,
      config['project.paceTolerance'],
    );
    const lines = v.lines.map((l) => ({
      id: l.id,
      category: l.category as BudgetCategory,
      name: l.name,
      amount: Number(l.amount),
      spent: Number(l.spent),
      executionRate: rate(Number(l.spent), Number(l.amount)),
    }));
    const planned = personnelShare(
      v.lines.map((l) => ({ category: l.category, cents: toCents(l.amount) })),
      minimum,
    );
    const actual = personnelShare(
      v.lines.map((l) => ({ category: l.category, cents: toCents(l.spent) })),
      minimum,
    );
    const total = lines.reduce((n, l) => n + toCents(l.amount), 0) / 100;
    const spent = lines.reduce((n, l) => n + toCents(l.spent), 0) / 100;
    return {
      id: v.id,
      code: v.code,
      name: v.name,
      catalogueItemId: v.catalogueItemId,
      catalogueItemName: v.catalogueItemName,
      regionCode: v.regionCode,
      regionName: v.regionName ?? v.regionCode,
      buyerName: v.buyerName,
      organisationId: v.organisationId,
      organisationName: v.organisationName ?? '',
      stations: v.stations,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      contractAmount: Number(v.contractAmount),
      status: v.status as ProjectStatus,
      elapsed: progress.elapsed,
      pace: progress.pace,
      budget: {
        total,
        spent,
        executionRate: rate(spent, total),
        lines,
        personnelPlanned: { share: planned.share, minimum, isBelow: planned.isBelow },
        personnelActual: { share: actual.share, minimum, isBelow: actual.isBelow },
      },
      targets: progress.rows,
      documents: docs.filter((d) => v.documentIds.includes(d.id)),
      version: v.version,
      allowedActions: allowedActions(actor, projectPolicy, v),
    };
  });
}

export function summarise(project: Project): ProjectSummary {
  const { targets, documents, budget, ...rest } = project;
  const { lines, ...headline } = budget;
  const progress = targets.length ? Math.min(...targets.map((t) => t.progress)) : 1;
  return { ...rest, budget: headline, targetsBehind: targets.filter((t) => t.pace === 'behind').length, progress };
}
