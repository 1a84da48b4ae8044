import type { Dashboard } from '@shegong/contracts';
import { regionLevelOf, regionPrefix } from '@shegong/core';
import { and, eq, exists, sql } from 'drizzle-orm';
import { projectStations, projects } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { authorize } from '../../platform/authz/authorize.ts';
import { askedRegion, scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { notFound } from '../../platform/http/errors.ts';
import { homeCounts } from '../home/home.repository.ts';

import { presentProjects, summarise } from '../projects/projects.present.ts';
import { loadViews, projectScopeWhere } from '../projects/projects.repository.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import { findStation } from '../stations/stations.repository.ts';
import {
  byCategory,
  byKind,
  byMonth,
  casesByStage,
  children,
  networkCounts,
  peoplePrefix,
  stationSet,
  totals,
} from './dashboard.repository.ts';

export interface DashboardRequest {
  regionCode?: string;
  stationId?: string;
  year?: number;
  locale?: string;
}

/** A dashboard of a region (city, district, town) or one station, inside the caller's scope. */
export async function buildDashboard(actor: Actor, request: DashboardRequest): Promise<Dashboard> {
  const scope = scopeOf(actor);
  const year = request.year ?? new Date().getFullYear();
  let station = null;
  if (request.stationId) {
    station = await findStation(request.stationId);
    if (!station) throw notFound();
    authorize(actor, 'station.read', stationPolicy, station);
  }
  const code = station ? station.regionCode : (request.regionCode ?? actor.regionCode);
  const prefix = regionPrefix(code);
  if (!station) askedRegion(actor, code);
  const region = await findRegion(code);
  if (!region) throw notFound();
  const level = regionLevelOf(code);
  const set = stationSet(prefix, scope.organisationId, station?.id ?? null);
  const counted = peoplePrefix(prefix, scope.organisationId, station?.id ?? null);
  const [sums, months, kinds, categories, stages, network] = [
    await totals(set, counted, year),
    await byMonth(set, counted, year),
    await byKind(set, year),
    await byCategory(set, counted, year),
    await casesByStage(set),
    await networkCounts(set),
  ];
  // Only the projects of this view: the station's own, or those bought in the region.
  const projectWhere = station
    ? and(
        projectScopeWhere(scope),
        exists(
          q()
            .select({ one: sql`1` })
            .from(projectStations)
            .where(and(eq(projectStations.projectId, projects.id), eq(projectStations.stationId, station.id))),
        ),
      )
    : projectScopeWhere({ ...scope, regionPrefix: prefix });
  const relevant = (await presentProjects(await loadViews(projectWhere, { limit: 200, offset: 0 }), actor)).filter(
    (p) => p.startsOn <= `${year}-12-31` && p.endsOn >= `${year}-01-01`,
  );
  const coverage = (await homeCounts({ regionPrefix: prefix, organisationId: scope.organisationId })).coverage;
  return {
    scope: station
      ? { kind: 'station', code: station.id, name: station.name, level: null, parentCode: station.regionCode }
      : {
          kind: 'region',
          code: region.code,
          name: region.name,
          level,
          parentCode: prefix.length > scope.regionPrefix.length ? region.parentCode : null,
        },
    year,
    totals: {
      personTimes: sums.person_times,
      peopleServed: sums.people,
      caseVisits: sums.case_visits,
      groupSessions: sums.sessions,
      activities: sums.activities,
      openCases: sums.open_cases,
      stations: network.stations,
      servicePoints: network.points,
      workers: network.workers,
    },
    personTimesByMonth: months.map((m) => ({ month: m.month.slice(0, 7), personTimes: m.person_times, peopleServed: m.people })),
    byKind: kinds.map((k) => ({ kind: k.kind, personTimes: k.person_times })),
    peopleByCategory: categories.map((c) => ({ code: c.code, name: request.locale === 'en-US' ? c.name_en : c.name, people: c.people })),
    casesByStage: stages,
    children: station ? [] : await children(prefix, level, scope.organisationId, year),
    projects: {
      total: relevant.length,
      behind: relevant.filter((p) => p.pace === 'behind').length,
      personnelBelow: relevant.filter((p) => p.budget.personnelActual.isBelow).length,
      contract: relevant.reduce((n, p) => n + p.contractAmount, 0),
      spent: relevant.reduce((n, p) => n + p.budget.spent, 0),
      items: relevant
        .map(summarise)
        .sort((a, b) => Number(b.pace === 'behind') - Number(a.pace === 'behind') || a.elapsed - b.elapsed)
        .slice(0, 20)
        .map((p) => {
          const full = relevant.find((x) => x.id === p.id);
          const progress = full?.targets.length ? Math.min(...full.targets.map((t) => t.progress)) : 0;
          return {
            id: p.id,
            name: p.name,
            organisationName: p.organisationName,
            elapsed: p.elapsed,
            progress,
            pace: p.pace,
            executionRate: p.budget.executionRate,
          };
        }),
    },
    coverage: {
      towns: coverage.towns,
      townsCovered: coverage.townsCovered,
      communities: coverage.communities,
      communitiesCovered: coverage.communitiesCovered,
    },
  };
}
