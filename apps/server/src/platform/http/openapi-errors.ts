import { ErrorBody } from '@shegong/contracts';
import { z } from 'zod';
import type { RouteAuth } from './route-config.ts';

/**
 * The error answers of the API, all with the one shape `ErrorBody`, declared once as
 * components and referenced by every operation that can give them. The statuses of an
 * operation follow from its route: what it accepts, its auth policy, and its path.
 */
export const ERROR_RESPONSES = {
  400: {
    name: 'ValidationFailed',
    description: 'The request is invalid: `error.fields` names each field and the reason, in the caller’s language.',
  },
  401: { name: 'Unauthenticated', description: 'No valid session: sign in with POST /api/auth/login.' },
  403: {
    name: 'Forbidden',
    description:
      'The caller lacks the permission, a rule of the record refuses the action, or a write came without an Origin (or Referer) of the platform.',
  },
  404: {
    name: 'NotFound',
    description: 'No such record in the caller’s scope (a record outside it answers the same, so its existence is not revealed).',
  },
  409: {
    name: 'Conflict',
    description:
      'The record changed since it was read (send the version you read), a unique value is already taken, or the record is not in a state that allows the action.',
  },
  413: { name: 'PayloadTooLarge', description: 'The body or the uploaded file exceeds its size limit.' },
  429: {
    name: 'TooManyRequests',
    description:
      'Too many failed sign-ins (the account is locked for a while), or too many ID numbers found on files held elsewhere within the hour (a per-user limit; the supervisor is alerted).',
  },
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/**
 * Statuses a route answers that its shape does not tell: unique values and state
 * machines (409), uploads read outside the schema (413), sign-in (401, 429).
 * Keyed by `METHOD /api/path/{param}`; a test checks that every key names a route.
 */
export const EXTRA_ERROR_STATUSES: Readonly<Record<string, readonly ErrorStatus[]>> = {
  'POST /api/auth/login': [401, 429],
  'POST /api/files': [413],
  'POST /api/imports': [413],
  'POST /api/users': [409],
  'POST /api/organisations': [409],
  'POST /api/organisations/{id}/filing/submit': [409],
  'POST /api/organisations/{id}/filing/return': [409],
  'POST /api/organisations/{id}/filing/approve': [409],
  'POST /api/organisations/{id}/filing/reject': [409],
  'POST /api/workers': [409],
  'POST /api/workers/{id}/enrolments': [409],
  'POST /api/clients': [409, 429],
  'PATCH /api/clients/{id}': [409, 429],
  'POST /api/clients/duplicates': [429],
  'POST /api/client-share-requests': [409, 429],
  'POST /api/client-share-requests/{id}/accept': [409],
  'POST /api/client-share-requests/{id}/decline': [409],
  'POST /api/identity-lookup-alerts/{id}/acknowledge': [409],
  'POST /api/clients/{id}/merge': [409],
  'GET /api/clients/{id}/timeline': [409],
  'GET /api/clients/{id}/print': [409],
  'POST /api/staffing/posts/{id}/end': [409],
  'POST /api/staffing/assignments/{id}/end': [409],
  'POST /api/cases/{id}/referrals': [409],
  'POST /api/referrals/{id}/accept': [409],
  'POST /api/referrals/{id}/reject': [409],
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface OperationShape {
  method: string;
  /** As in the document: `/api/stations/{id}`. */
  path: string;
  auth: RouteAuth | undefined;
  hasParameters: boolean;
  hasBody: boolean;
  /** The body or the query string carries the `version` the client read. */
  isVersioned: boolean;
}

export function errorStatusesOf(op: OperationShape): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(EXTRA_ERROR_STATUSES[`${op.method} ${op.path}`] ?? []);
  const isPublic = op.auth !== undefined && 'public' in op.auth;
  if (op.hasParameters || op.hasBody) statuses.add(400);
  if (!isPublic) statuses.add(401);
  const isRecord = Boolean(op.auth && 'resource' in op.auth && op.auth.resource);
  // A permission, a record's own rule (a self route's `isOwn`), and the Origin check of every write.
  if ((op.auth && 'permission' in op.auth) || isRecord || WRITE_METHODS.has(op.method)) statuses.add(403);
  if (op.path.includes('{') || isRecord) statuses.add(404);
  if (op.isVersioned) statuses.add(409);
  if (op.hasBody) statuses.add(413);
  return [...statuses].sort((a, b) => a - b);
}

export function errorComponents(): { schemas: Record<string, unknown>; responses: Record<string, unknown> } {
  const { $schema: _, ...schema } = z.toJSONSchema(ErrorBody, { target: 'draft-2020-12' });
  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description }) => [
      name,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
    ]),
  );
  return { schemas: { ErrorBody: schema }, responses };
}

export function errorResponseRef(status: ErrorStatus): { $ref: string } {
  return { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
}
