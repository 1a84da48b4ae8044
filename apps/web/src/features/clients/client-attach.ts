import type { ClientDetail } from '@shegong/contracts';
import { uploadFile } from '../../app/api/transfer.ts';
import type { ClientValues } from './client-values.ts';
import { sendClientPart } from './clients-api.ts';

type Stored = { id: string; name: string; size: number };

/** Uploads one document for a client file (evidence, a signed consent form). */
export function uploadClientFile(clientId: string, file: File, onProgress?: (percent: number) => void): Promise<Stored> {
  return uploadFile('/api/files', file, { query: { ownerType: 'client', ownerId: clientId }, onProgress });
}

const day = (d?: { format: (f: string) => string }) => d?.format('YYYY-MM-DD');

/**
 * What the intake form holds that needs the new file's id: category evidence (attached to the
 * holding just created) and the person's own consent with its signed form. Returns the problems.
 */
export async function attachAfterCreate(created: ClientDetail, values: ClientValues, child: boolean): Promise<unknown[]> {
  const problems: unknown[] = [];
  for (const category of values.categories ?? []) {
    if (!category.evidence) continue;
    const holding = created.categories.find((h) => h.code === category.code && h.effectiveFrom === day(category.effectiveFrom));
    if (!holding) continue;
    try {
      const stored = await uploadClientFile(created.id, category.evidence);
      await sendClientPart(created.id, { op: 'updateCategory', holdingId: holding.id, body: { evidenceFileId: stored.id } });
    } catch (error) {
      problems.push(error);
    }
  }
  const consent = values.consent;
  if (!child && consent?.given) {
    try {
      const document = consent.document ? await uploadClientFile(created.id, consent.document) : null;
      await sendClientPart(created.id, {
        op: 'addConsent',
        body: {
          purpose: consent.purpose ?? 'service',
          givenBy: 'self',
          givenOn: day(consent.givenOn) ?? new Date().toISOString().slice(0, 10),
          ...(document ? { documentFileId: document.id } : {}),
        },
      });
    } catch (error) {
      problems.push(error);
    }
  }
  return problems;
}
