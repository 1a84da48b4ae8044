import { and, eq, inArray } from 'drizzle-orm';
import { files } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { fieldError } from '../../platform/http/errors.ts';

/** A filing may only list documents uploaded for this organisation. */
export async function checkDocuments(organisationId: string, documentIds: string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const rows = await q()
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, documentIds), eq(files.ownerType, 'organisation'), eq(files.ownerId, organisationId)));
  if (rows.length !== new Set(documentIds).size) throw fieldError('documentIds', 'field.document_unknown');
}
