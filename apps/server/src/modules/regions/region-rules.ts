import type { Region } from '@shegong/contracts';
import type { MessageKey } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInRegion } from '../../platform/authz/scope.ts';
import { fieldError } from '../../platform/http/errors.ts';
import { findRegion } from './regions.repository.ts';

/** A region chosen on a form must exist, lie in the actor's area and, where given, be at one of some levels. */
export async function checkRegion(
  actor: Actor,
  code: string,
  levels?: number[],
): Promise<{ region: Region | null; problem: MessageKey | null }> {
  const region = (await findRegion(code)) ?? null;
  if (!region) return { region, problem: 'field.region_unknown' };
  if (!isInRegion(actor, code)) return { region, problem: 'field.region_out_of_scope' };
  if (levels && !levels.includes(region.level)) return { region, problem: 'field.region_level' };
  return { region, problem: null };
}

export async function requireRegionInScope(actor: Actor, code: string, path: string, levels?: number[]): Promise<Region> {
  const { region, problem } = await checkRegion(actor, code, levels);
  if (problem || !region) throw fieldError(path, problem ?? 'field.region_unknown');
  return region;
}
