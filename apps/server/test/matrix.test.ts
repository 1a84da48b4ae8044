import { ROLES, type Role } from '@shegong/core';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../src/modules/organisations/organisations.fixtures.ts';
import { makeUser } from '../src/modules/users/users.fixtures.ts';
import type { RouteEntry } from '../src/platform/http/route-config.ts';
import { installRouteRegistry } from '../src/platform/http/route-registry.ts';
import type { Client } from './client.ts';
import type { FixturePlace, FixtureSet, ParamSamples } from './fixture-types.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/**
 * Every route × every role × {own record, another organisation's record in the same
 * region, a record in another region}. The route list comes from the server's own table;
 * fixtures come from each module's *.fixtures.ts, so new modules are covered unedited.
 */
const modules = import.meta.glob('../src/modules/**/*.fixtures.ts', { eager: true }) as Record<
  string,
  { fixtures?: FixtureSet; paramSamples?: ParamSamples }
>;
const FIXTURES: FixtureSet = Object.assign({}, ...Object.values(modules).map((m) => m.fixtures ?? {}));
const PARAMS: ParamSamples = Object.assign({}, ...Object.values(modules).map((m) => m.paramSamples ?? {}));

type Place = 'own' | 'sameRegionOtherOrg' | 'otherRegion';
const PLACES: Place[] = ['own', 'sameRegionOtherOrg', 'otherRegion'];

/** Written out by hand from the domain rules, not computed by the code under test. */
const SEES: Record<Role, Record<Place, boolean>> = {
  sysadmin: { own: true, sameRegionOtherOrg: true, otherRegion: true },
  city_admin: { own: true, sameRegionOtherOrg: true, otherRegion: true },
  evaluator: { own: true, sameRegionOtherOrg: true, otherRegion: true },
  district_admin: { own: true, sameRegionOtherOrg: true, otherRegion: false },
  town_admin: { own: true, sameRegionOtherOrg: true, otherRegion: false },
  volunteer: { own: true, sameRegionOtherOrg: true, otherRegion: false },
  resident: { own: true, sameRegionOtherOrg: true, otherRegion: false },
  org_admin: { own: true, sameRegionOtherOrg: false, otherRegion: false },
  supervisor: { own: true, sameRegionOtherOrg: false, otherRegion: false },
  worker: { own: true, sameRegionOtherOrg: false, otherRegion: false },
};

const COMMUNITY = '440105008101'; // 南华西街 鳌洲社区 (海珠区)
const OTHER_COMMUNITY = '440106001001'; // 五山街 岳洲社区 (天河区)

let t: TestApp;
const places = {} as Record<Place, FixturePlace>;
const actors = {} as Record<Role, { client: Client; permissions: Set<string> }>;
const records = new Map<string, Record<Place, string>>();

beforeAll(async () => {
  t = await startTestApp();
  const orgA = await makeOrganisation({ regionCode: COMMUNITY });
  const orgB = await makeOrganisation({ regionCode: COMMUNITY });
  const orgC = await makeOrganisation({ regionCode: OTHER_COMMUNITY });
  places.own = { regionCode: COMMUNITY, organisationId: orgA };
  places.sameRegionOtherOrg = { regionCode: COMMUNITY, organisationId: orgB };
  places.otherRegion = { regionCode: OTHER_COMMUNITY, organisationId: orgC };
  const bindings: Record<Role, { regionCode: string; organisationId?: string }> = {
    sysadmin: { regionCode: '440100000000' },
    city_admin: { regionCode: '440100000000' },
    evaluator: { regionCode: '440100000000' },
    district_admin: { regionCode: '440105000000' },
    town_admin: { regionCode: '440105008000' },
    volunteer: { regionCode: '440105008000' },
    resident: { regionCode: COMMUNITY },
    org_admin: { regionCode: '440100000000', organisationId: orgA },
    supervisor: { regionCode: '440105000000', organisationId: orgA },
    worker: { regionCode: '440105008000', organisationId: orgA },
  };
  for (const role of ROLES) {
    const user = await makeUser({ roles: [role], ...bindings[role] });
    const client = t.client();
    const me = await client.login(user.username, user.password);
    actors[role] = { client, permissions: new Set(me.body.permissions) };
  }
  for (const [resource, fixture] of Object.entries(FIXTURES)) {
    const ids = {} as Record<Place, string>;
    // An organisation's "own" record is the actor's organisation itself.
    for (const place of PLACES) ids[place] = resource === 'organisation' ? places[place].organisationId : await fixture(places[place]);
    records.set(resource, ids);
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

function fillParams(url: string, id?: string): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'id' && id) return id;
    const sample = PARAMS[name];
    if (!sample) throw new Error(`no sample value for route parameter :${name} (${url}); export paramSamples from a fixtures file`);
    return sample;
  });
}

function send(client: Client, route: RouteEntry, url: string) {
  if (route.method === 'GET') return client.get(url);
  return client.request(route.method, url, route.method === 'DELETE' ? undefined : {});
}

describe('authorization matrix', () => {
  it('reads a non-trivial route table with a policy on every route', () => {
    const routes = t.app.routeTable;
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) expect(route.auth, `${route.method} ${route.url}`).toBeDefined();
    expect(Object.keys(FIXTURES)).toEqual(expect.arrayContaining(['station', 'organisation', 'user']));
  });

  it('refuses to register a route that declares no policy', () => {
    const app = Fastify();
    installRouteRegistry(app);
    expect(() => app.get('/api/unguarded', async () => ({ ok: true }))).toThrow(/declares no auth policy/);
  });

  it('refuses a GET route that declares no kind, or a kind its policy contradicts', () => {
    const app = Fastify();
    installRouteRegistry(app);
    const auth = { permission: 'station.read' } as const;
    expect(() => app.get('/api/a', { config: { auth } }, async () => ({}))).toThrow(/declares no kind/);
    expect(() => app.get('/api/b/:id', { config: { auth, kind: 'record' } }, async () => ({}))).toThrow(/names the resource/);
    expect(() => app.get('/api/c', { config: { auth, kind: 'public' } }, async () => ({}))).toThrow(/kind "public"/);
    expect(() => app.get('/api/d', { config: { auth, kind: 'aggregate' } }, async () => ({}))).not.toThrow();
  });

  it('knows the kind of every GET route', () => {
    const gets = t.app.routeTable.filter((r) => r.method === 'GET');
    expect(gets.length).toBeGreaterThan(60);
    for (const route of gets) expect(route.kind, route.url).toMatch(/^(record|list|aggregate|export|self|public)$/);
  });

  it('answers 401 to anonymous calls on every non-public route', async () => {
    const anonymous = t.client();
    for (const route of t.app.routeTable) {
      if ('public' in route.auth) continue;
      const ids = 'resource' in route.auth && route.auth.resource ? records.get(route.auth.resource) : undefined;
      const reply = await send(anonymous, route, fillParams(route.url, ids?.own));
      expect(reply.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('never leaks a record outside the caller’s scope, on any route, for any role', async () => {
    let checks = 0;
    for (const route of t.app.routeTable) {
      if ('public' in route.auth) continue;
      // Self routes act on the caller; those that take a record are checked like any other.
      const permission = 'permission' in route.auth ? route.auth.permission : null;
      const resource = route.auth.resource;
      if (!permission && !resource) continue;
      for (const role of ROLES) {
        const { client, permissions } = actors[role];
        const allowed = permission === null || permissions.has(permission);
        const label = `${role} ${route.method} ${route.url}`;
        if (resource) {
          const ids = records.get(resource);
          if (!ids) throw new Error(`no fixture for resource "${resource}" (${route.url}); add it to the module's *.fixtures.ts`);
          for (const place of PLACES) {
            const reply = await send(client, route, fillParams(route.url, ids[place]));
            const where = `${label} [${place}] → ${reply.status}`;
            if (!allowed) expect(reply.status, where).toBe(403);
            // A visible record may still be refused by a rule (403: e.g. nobody approves their own).
            else if (SEES[role][place]) expect([401, 404], where).not.toContain(reply.status);
            else expect(reply.status, where).toBe(404);
            if (!(allowed && SEES[role][place])) expect(reply.text, where).not.toContain(ids[place]);
            if (route.method === 'GET' && allowed && SEES[role][place]) expect([200, 403], where).toContain(reply.status);
            checks++;
          }
        } else if (route.list && route.method === 'GET') {
          const reply = await client.get(`${fillParams(route.url)}?pageSize=200`);
          if (!allowed) {
            expect(reply.status, label).toBe(403);
            continue;
          }
          expect(reply.status, label).toBe(200);
          const ids = records.get(route.list);
          if (!ids) throw new Error(`no fixture for listed resource "${route.list}"`);
          for (const place of PLACES) {
            const where = `${label} [${place}]`;
            if (SEES[role][place]) expect(reply.text, where).toContain(ids[place]);
            else expect(reply.text, where).not.toContain(ids[place]);
            checks++;
          }
        } else {
          const reply = await send(client, route, fillParams(route.url));
          if (!allowed) expect(reply.status, label).toBe(403);
          else expect([401, 403, 404], `${label} → ${reply.status} ${reply.text.slice(0, 200)}`).not.toContain(reply.status);
          checks++;
        }
      }
    }
    expect(checks).toBeGreaterThan(300);
  }, 180_000);
});
