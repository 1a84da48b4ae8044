import { PopulationUpdate, RegionCodeParams, RegionPopulation, StatisticsQuery, WorkforceStatistics } from '@shegong/contracts';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { regions } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { askedRegion, isInRegion, scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { notFound } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { daysBetween, today } from '../organisations/organisations.service.ts';
import { expiringRatings } from '../organisations/supervision.service.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { districtRows, expiringRegistrations, organisationRows } from './statistics.repository.ts';

const per10k = (certified: number, population: number | null) =>
  population ? Math.round((certified / population) * 10_000 * 100) / 100 : null;

export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/statistics/workforce',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Workers by level, district and organisation; per 10,000 residents; organisations per district; expiring registrations and ratings',
        querystring: StatisticsQuery,
        response: { 200: WorkforceStatistics },
      },
      config: { kind: 'aggregate', auth: { permission: 'statistics.read' } },
    },
    async (request) => {
      const actor = request.actor!;
      const scope = scopeOf(actor);
      const prefix = askedRegion(actor, request.query.regionCode);
      const orgFilter = scope.organisationId ? sql`and w.organisation_id = ${scope.organisationId}` : sql``;
      const config = await getSettings();
      const now = today();
      const districts = await districtRows(prefix, orgFilter);
      const sum = (key: 'workers' | 'certified' | 'assistant' | 'intermediate' | 'senior' | 'organisations') =>
        districts.reduce((n, d) => n + d[key], 0);
      // Per-capita figures use the districts whose population is known.
      const counted = districts.filter((d) => d.population);
      const population = counted.length ? counted.reduce((n, d) => n + (d.population ?? 0), 0) : null;
      const certifiedCounted = counted.reduce((n, d) => n + d.certified, 0);
      const target = config['statistics.organisationsPerCountyTarget'];
      const region = await findRegion(prefix.padEnd(12, '0'));
      const windowDays = config['registration.renewalWindowMonths'] * 31;
      return {
        regionName: region?.name ?? prefix,
        totals: {
          workers: sum('workers'),
          certified: sum('certified'),
          organisations: sum('organisations'),
          population,
          certifiedPer10k: per10k(certifiedCounted, population),
        },
        byLevel: (['assistant', 'intermediate', 'senior'] as const).map((level) => ({ level, workers: sum(level) })),
        byDistrict: districts.map((d) => ({
          ...d,
          certifiedPer10k: per10k(d.certified, d.population),
          meetsOrganisationTarget: d.organisations >= target,
        })),
        byOrganisation: await organisationRows(prefix, orgFilter),
        organisationTarget: target,
        expiring: {
          registrations: (await expiringRegistrations(prefix, orgFilter, now, windowDays)).map((x) => ({
            workerId: x.worker_id,
            workerName: x.worker_name,
            organisationName: x.organisation_name,
            validUntil: x.valid_until,
            daysLeft: daysBetween(now, x.valid_until),
          })),
          ratings: (await expiringRatings({ ...scope, regionPrefix: prefix }, config['rating.warnDays'])).map(
            ({ regionName: _, ...rest }) => rest,
          ),
        },
      };
    },
  );

  r.patch(
    '/api/regions/:code/population',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Set a region’s resident population (for per-capita indicators)',
        params: RegionCodeParams,
        body: PopulationUpdate,
        response: { 200: RegionPopulation },
      },
      config: { auth: { permission: 'region.update' } },
    },
    async (request) => {
      const actor = request.actor!;
      const region = await findRegion(request.params.code);
      if (!region || !isInRegion(actor, region.code)) throw notFound();
      await q().update(regions).set({ population: request.body.population }).where(eq(regions.code, region.code));
      await audit({
        action: 'region.population',
        objectType: 'region',
        objectId: region.code,
        details: request.body,
      });
      return { code: region.code, population: request.body.population };
    },
  );
}
