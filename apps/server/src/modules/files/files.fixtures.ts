import { createHash } from 'node:crypto';
import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { files } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

const PDF = Buffer.from('%PDF-1.4\n% test document\n');

export async function makeFile(place: { regionCode: string; organisationId: string }, ownerId = place.organisationId): Promise<string> {
  const id = uuidv7();
  await q()
    .insert(files)
    .values({
      id,
      name: '登记证书.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      content: PDF,
      ownerType: 'organisation',
      ownerId,
      ...place,
    });
  return id;
}

export const fixtures: FixtureSet = { file: (place) => makeFile(place) };
