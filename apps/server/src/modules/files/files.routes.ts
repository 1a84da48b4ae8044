import { createHash } from 'node:crypto';
import { FileUploadQuery, IdParams, StoredFile } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { files } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { q } from '../../platform/db/tx.ts';
import { fieldError, notFound } from '../../platform/http/errors.ts';
import { safeFileName } from './file-names.ts';
import { authorizeOwner } from './file-owners.ts';
import { detectFileType, MAX_FILE_BYTES } from './file-types.ts';
import './files.policy.ts';

const tags = ['files'];

export async function fileRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/files',
    {
      schema: {
        tags,
        summary: 'Upload one file (multipart field "file") for a record; PDF, images, Word, Excel up to 10 MB',
        querystring: FileUploadQuery,
        response: { 201: StoredFile },
      },
      config: { auth: { permission: 'file.upload' } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const place = await authorizeOwner(actor, request.query.ownerType, request.query.ownerId);
      const part = await request.file({ limits: { fileSize: MAX_FILE_BYTES, files: 1 } });
      if (!part) throw fieldError('file', 'field.file_missing');
      const content = await part.toBuffer().catch(() => {
        throw fieldError('file', 'field.file_size', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
      });
      if (part.file.truncated) throw fieldError('file', 'field.file_size', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
      const name = safeFileName(part.filename);
      const mimeType = detectFileType(name, content.subarray(0, 8));
      if (!mimeType) throw fieldError('file', 'field.file_type');
      const id = uuidv7();
      await q()
        .insert(files)
        .values({
          id,
          name,
          mimeType,
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          ownerType: request.query.ownerType,
          ownerId: request.query.ownerId,
          regionCode: place.regionCode,
          organisationId: place.organisationId,
          uploadedBy: actor.userId,
        });
      await audit({
        action: 'file.upload',
        objectType: 'file',
        objectId: id,
        details: { ownerType: request.query.ownerType, ownerId: request.query.ownerId, size: content.length },
      });
      reply.code(201);
      return { id, name, mimeType, size: content.length };
    },
  );

  r.get(
    '/api/files/:id',
    {
      schema: { tags, summary: 'Download a file (always as an attachment)', params: IdParams },
      config: { kind: 'record', auth: { permission: 'file.read', resource: 'file' } },
    },
    async (request, reply) => {
      const [row] = await q().select().from(files).where(eq(files.id, request.params.id));
      if (!row) throw notFound();
      await audit({
        action: 'file.read',
        objectType: 'file',
        objectId: row.id,
      });
      reply
        .header('content-type', row.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store');
      return reply.send(row.content);
    },
  );
}
