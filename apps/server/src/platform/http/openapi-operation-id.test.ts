import { describe, expect, it } from 'vitest';
import { errorStatusesOf, type OperationShape } from './openapi-errors.ts';
import { deriveOperationId, OPERATION_IDS, operationIdOf } from './openapi-operation-id.ts';

describe('operationId derivation', () => {
  it.each([
    ['GET', '/api/stations', 'listStations'],
    ['GET', '/api/stations/{id}', 'getStation'],
    ['POST', '/api/stations', 'createStation'],
    ['PATCH', '/api/stations/{id}', 'updateStation'],
    ['DELETE', '/api/stations/:id', 'deleteStation'],
    ['GET', '/api/stations/coverage', 'getStationCoverage'],
    ['POST', '/api/organisations/{id}/filing/approve', 'approveOrganisationFiling'],
    ['GET', '/api/organisations/{id}/annual-reports', 'listOrganisationAnnualReports'],
    ['POST', '/api/organisations/{id}/annual-reports', 'createOrganisationAnnualReport'],
    ['POST', '/api/organisations/{id}/annual-reports/{reportId}/review', 'reviewOrganisationAnnualReport'],
    ['GET', '/api/activities', 'listActivities'],
    ['POST', '/api/activities', 'createActivity'],
    ['GET', '/api/ledger/export', 'exportLedger'],
    ['GET', '/api/workers/export', 'exportWorkers'],
    ['POST', '/api/imports/{id}/commit', 'commitImport'],
    ['POST', '/api/users/{id}/reset-password', 'resetUserPassword'],
    ['POST', '/api/cases/{id}/assessment', 'submitCaseAssessment'],
    ['POST', '/api/cases/{id}/plan/approve', 'approveCasePlan'],
    ['PUT', '/api/group-sessions/{id}', 'updateGroupSession'],
    ['GET', '/api/settings', 'getSettings'],
    ['PATCH', '/api/settings', 'updateSettings'],
    ['GET', '/api/clients/{id}/timeline', 'getClientTimeline'],
  ])('%s %s → %s', (method, path, id) => {
    expect(deriveOperationId(method, path)).toBe(id);
  });

  it('names an operation from the table where the derivation reads badly', () => {
    expect(operationIdOf('POST', '/api/auth/login')).toBe('login');
    expect(operationIdOf('GET', '/api/auth/me')).toBe('getMe');
    expect(operationIdOf('PATCH', '/api/catalogue/:id')).toBe('updateCatalogueItem');
  });

  it('keeps only overrides that differ from the derivation, each a camelCase name', () => {
    for (const [key, id] of Object.entries(OPERATION_IDS)) {
      const [method, path] = key.split(' ') as [string, string];
      expect(deriveOperationId(method, path), key).not.toBe(id);
      expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
    }
  });
});

describe('error statuses of an operation', () => {
  const shape = (over: Partial<OperationShape>): OperationShape => ({
    method: 'GET',
    path: '/api/things',
    auth: { permission: 'station.read' },
    hasParameters: false,
    hasBody: false,
    isVersioned: false,
    ...over,
  });

  it('a permission list with a query: validation, session, permission', () => {
    expect(errorStatusesOf(shape({ hasParameters: true }))).toEqual([400, 401, 403]);
  });

  it('a versioned update of a record adds not found, conflict and the body limit', () => {
    const op = shape({ method: 'PATCH', path: '/api/things/{id}', hasParameters: true, hasBody: true, isVersioned: true });
    expect(errorStatusesOf(op)).toEqual([400, 401, 403, 404, 409, 413]);
  });

  it('a self read needs only a session; a self write can still be refused for its Origin', () => {
    expect(errorStatusesOf(shape({ auth: { self: true } }))).toEqual([401]);
    expect(errorStatusesOf(shape({ method: 'POST', auth: { self: true } }))).toEqual([401, 403]);
    const ownRecord = shape({ path: '/api/things/{id}', auth: { self: true, resource: 'import' }, hasParameters: true });
    expect(errorStatusesOf(ownRecord)).toEqual([400, 401, 403, 404]);
  });

  it('sign-in is public yet answers 401 and 429; a public read answers none', () => {
    const login = shape({ method: 'POST', path: '/api/auth/login', auth: { public: true }, hasBody: true });
    expect(errorStatusesOf(login)).toEqual([400, 401, 403, 413, 429]);
    expect(errorStatusesOf(shape({ path: '/api/health', auth: { public: true } }))).toEqual([]);
  });
});
