import { CaseNote, CaseNoteInput, CaseNoteUpdate, IdParams, VersionQuery } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordOf } from '../../platform/authz/guard.ts';
import { addNote, changeNote, removeNote } from './case-notes.service.ts';
import { caseNotePolicy, casePolicy } from './cases.policy.ts';

const tags = ['cases'];

export async function caseNoteRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        summary: 'Record a note, visit, service or linked resource (介入); a visit or service writes its ledger row',
        params: IdParams,
        body: CaseNoteInput,
        response: { 201: CaseNote },
      },
      config: { auth: { permission: 'case.update', resource: 'case' } },
    },
    async (request, reply) => {
      reply.code(201);
      return addNote(request.actor!, recordOf(request, casePolicy), request.body);
    },
  );

  r.patch(
    '/api/case-notes/:id',
    {
      schema: {
        tags,
        summary: 'Correct a note (its author; the ledger row follows)',
        params: IdParams,
        body: CaseNoteUpdate,
        response: { 200: CaseNote },
      },
      config: { auth: { permission: 'case.update', resource: 'case_note' } },
    },
    async (request) => changeNote(request.actor!, recordOf(request, caseNotePolicy), request.body),
  );

  r.delete(
    '/api/case-notes/:id',
    {
      schema: {
        tags,
        summary: 'Remove a note (its author; its ledger row goes with it)',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
      config: { auth: { permission: 'case.update', resource: 'case_note' } },
    },
    async (request, reply) => {
      await removeNote(recordOf(request, caseNotePolicy), request.query.version);
      reply.code(204);
      return null;
    },
  );
}
