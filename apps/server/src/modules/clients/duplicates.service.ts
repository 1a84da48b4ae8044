import type { DuplicateMatch, DuplicateQuery, DuplicateResult } from '@shegong/contracts';
import { duplicateLikelihood, duplicateReasons, type Locale, parseIdCard } from '@shegong/core';
import { and, eq, or, type SQL } from 'drizzle-orm';
import { clients } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { idLookupHash, mobileHash } from './client-identity.ts';
import { presentContext, presentSummary, today } from './client-present.ts';
import { viewClientsWhere } from './clients.repository.ts';
import { lookUpIdentity } from './identity-lookup.service.ts';

const RANK = { certain: 0, high: 1, medium: 2 } as const;

/**
 * Files that may already be the person being entered (same ID; same name by pinyin and birth
 * date; same mobile), only among those the caller may see, masked like any list. Whether the ID
 * number is on a file the caller cannot see is one flag, the same whoever holds it.
 */
export async function findDuplicates(actor: Actor, input: DuplicateQuery, locale: Locale): Promise<DuplicateResult> {
  const parsed = input.idNumber ? parseIdCard(input.idNumber) : null;
  const entered = {
    namePinyin: pinyinColumns(input.name).namePinyin,
    birthDate: input.birthDate ?? (parsed?.ok ? parsed.info.birthDate : null),
    mobileHash: input.mobile ? mobileHash(input.mobile) : null,
    idNumberHash: parsed?.ok ? idLookupHash('resident_id', parsed.info.number) : null,
  };
  // Only someone entering a file learns that a number is held elsewhere (an identity lookup, limited);
  // readers (the bureau, supervisors) search what they see, as for names, birth dates and mobiles.
  const lookup =
    entered.idNumberHash && actor.permissions.has('client.create') ? await lookUpIdentity(actor, entered.idNumberHash, 'duplicates') : null;
  const matches: SQL[] = [];
  if (entered.idNumberHash) matches.push(eq(clients.idNumberHash, entered.idNumberHash));
  if (entered.birthDate && entered.namePinyin) {
    matches.push(and(eq(clients.namePinyin, entered.namePinyin), eq(clients.birthDate, entered.birthDate)) as SQL);
  }
  if (entered.mobileHash) matches.push(eq(clients.mobileHash, entered.mobileHash));
  const views = matches.length > 0 ? await viewClientsWhere(scopeOf(actor), or(...matches) as SQL, today(), 20) : [];
  const ctx = await presentContext(
    actor,
    locale,
    views.map((v) => v.regionCode),
  );
  const items: DuplicateMatch[] = [];
  for (const v of views) {
    const reasons = duplicateReasons(entered, v);
    const likelihood = duplicateLikelihood(reasons);
    if (!likelihood) continue;
    const s = presentSummary(v, ctx);
    items.push({
      id: s.id,
      name: s.name,
      idType: s.idType,
      idNumberMasked: s.idNumberMasked,
      gender: s.gender,
      birthDate: s.birthDate,
      mobileMasked: s.mobileMasked,
      address: s.address,
      stationName: s.stationName,
      riskLevel: s.riskLevel,
      reasons,
      likelihood,
    });
  }
  items.sort((a, b) => RANK[a.likelihood] - RANK[b.likelihood]);
  // Suggestions show personal data (masked): that a search happened is kept, not what was typed.
  await audit({
    action: 'client.duplicates',
    objectType: 'client',
    details: { count: items.length, ids: items.map((i) => i.id) },
  });
  return { items, heldElsewhere: lookup?.outcome === 'elsewhere' };
}
