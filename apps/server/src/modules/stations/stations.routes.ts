import {
  Coverage,
  CoverageQuery,
  IdParams,
  pageOf,
  Station,
  StationCreate,
  StationListQuery,
  StationUpdate,
  VersionQuery,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { askedRegion, scopeOf } from '../../platform/authz/scope.ts';
import { notFound } from '../../platform/http/errors.ts';
import { communitiesWithoutPoint, coverageByDistrict, townsWithoutStation } from './coverage.repository.ts';
import { stationPolicy } from './stations.policy.ts';
import { listStations, viewStation } from './stations.repository.ts';
import { changeStation, createStation, presentStations, removeStation } from './stations.service.ts';

const tags = ['stations'];

export async function stationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/stations',
    {
      schema: {
        tags,
        summary: 'Stations and service points in the caller’s scope',
        querystring: StationListQuery,
        response: { 200: pageOf(Station) },
      },
      config: { kind: 'list', auth: { permission: 'station.read' }, list: 'station' },
    },
    async (request) => {
      const page = await listStations(scopeOf(request.actor!), request.query);
      return { items: await presentStations(page.items, request.actor), total: page.total };
    },
  );

  r.get(
    '/api/stations/coverage',
    {
      schema: {
        tags,
        summary: 'Towns without a station, communities without a service point',
        querystring: CoverageQuery,
        response: { 200: Coverage },
      },
      config: { kind: 'aggregate', auth: { permission: 'coverage.read' } },
    },
    async (request) => {
      const asked = askedRegion(request.actor!, request.query.regionCode);
      const { page, pageSize } = request.query;
      return {
        districts: await coverageByDistrict(asked),
        townsWithoutStation: await townsWithoutStation(asked),
        communitiesWithoutPoint: await communitiesWithoutPoint(asked, pageSize, (page - 1) * pageSize),
      };
    },
  );

  r.post(
    '/api/stations',
    {
      schema: { tags, summary: 'Open a station or service point', body: StationCreate, response: { 201: Station } },
      config: { auth: { permission: 'station.create' } },
    },
    async (request, reply) => {
      reply.code(201);
      return createStation(request.actor!, request.body, request.locale);
    },
  );

  r.get(
    '/api/stations/:id',
    {
      schema: { tags, summary: 'One station', params: IdParams, response: { 200: Station } },
      config: { kind: 'record', auth: { permission: 'station.read', resource: 'station' } },
    },
    async (request) => {
      const view = await viewStation(request.params.id);
      if (!view) throw notFound();
      const [station] = await presentStations([view], request.actor);
      return station as Station;
    },
  );

  r.patch(
    '/api/stations/:id',
    {
      schema: {
        tags,
        summary: 'Update a station (send the version you read)',
        params: IdParams,
        body: StationUpdate,
        response: { 200: Station },
      },
      config: { auth: { permission: 'station.update', resource: 'station' } },
    },
    async (request) => changeStation(request.actor!, recordOf(request, stationPolicy), request.body),
  );

  r.delete(
    '/api/stations/:id',
    {
      schema: {
        tags,
        summary: 'Delete a station without service points',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'station.delete', resource: 'station' } },
    },
    async (request, reply) => {
      await removeStation(recordOf(request, stationPolicy), request.query.version);
      reply.code(204);
      return null;
    },
  );
}
