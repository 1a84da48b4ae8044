import type { PostCreate, StationPost, StationStaffing, TermEnd } from '@shegong/contracts';
import { addDays, type Locale, type MessageKey, translate, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import type { StationRow } from '../stations/stations.repository.ts';
import { childStations, endPost, findPost, insertPost, overlappingPost, type PostView, postsOfStations } from './posts.repository.ts';
import { postPolicy } from './staffing.policy.ts';
import { checkStaffable, followWorkplace, isCurrent, lockStation, today } from './staffing-rules.ts';
import { findWorkerBrief } from './staffing-workers.repository.ts';
import { stationBrief } from './station-brief.ts';

const maxDate = (a: string, b: string) => (a > b ? a : b);

export function presentPost(view: PostView, actor: Actor | null, day = today()): StationPost {
  // Only an open post can still be ended; an ended one is history.
  const open = view.endsOn === null;
  return {
    id: view.id,
    stationId: view.stationId,
    stationName: view.stationName,
    stationTier: view.stationTier as StationPost['stationTier'],
    workerId: view.workerId,
    workerName: view.workerName,
    post: view.post as StationPost['post'],
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    isCurrent: isCurrent(view, day),
    allowedActions: open && can(actor, 'staffing.manage', postPolicy, view) ? ['end'] : [],
  };
}

async function presentOne(id: string, actor: Actor): Promise<StationPost> {
  const view = await findPost(id);
  if (!view) throw notFound();
  return presentPost(view, actor);
}

/** Head, deputies, workers and supervisor in post today; the rest is history; and each service point's staff. */
export async function stationStaffing(actor: Actor, station: StationRow): Promise<StationStaffing> {
  const day = today();
  const posts = (await postsOfStations([station.id])).map((p) => presentPost(p, actor, day));
  const current = posts.filter((p) => p.isCurrent);
  const ofKind = (kind: StationPost['post']) => current.filter((p) => p.post === kind);
  const points = await childStations(station.id, scopeOf(actor));
  const pointPosts = (await postsOfStations(points.map((s) => s.id))).map((p) => presentPost(p, actor, day)).filter((p) => p.isCurrent);
  return {
    station: await stationBrief(station.id),
    head: ofKind('head')[0] ?? null,
    deputyHeads: ofKind('deputy_head'),
    workers: ofKind('worker'),
    supervisors: ofKind('supervisor'),
    history: posts.filter((p) => !p.isCurrent),
    servicePoints: points.map((s) => ({ ...s, posts: pointPosts.filter((p) => p.stationId === s.id) })),
    allowedActions: can(actor, 'staffing.manage', stationPolicy, station) ? ['manage'] : [],
  };
}

export async function startPost(actor: Actor, station: StationRow, input: PostCreate, locale: Locale): Promise<StationPost> {
  await lockStation(station.id);
  const problems = new FieldErrors();
  const worker = await checkStaffable(station, input.workerId, problems);
  problems.throwIfAny();
  const term = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
  if (input.post === 'head') {
    const head = await overlappingPost(station.id, { post: 'head' }, term);
    if (head) problems.add('post', 'field.head_taken', { name: head.workerName });
  }
  const held = await overlappingPost(station.id, { workerId: input.workerId }, term);
  if (held) problems.add('workerId', 'field.post_overlap', { post: translate(locale, `post.${held.post}` as MessageKey) });
  problems.throwIfAny();
  const id = uuidv7();
  await insertPost({ id, stationId: station.id, workerId: input.workerId, post: input.post, ...term });
  // A post starting later moves nobody yet; the worker's place changes once it is in force.
  const moved = worker && isCurrent(term) ? await followWorkplace(worker) : null;
  await audit({
    action: 'staffing.post_start',
    objectType: 'station_post',
    objectId: id,
    details: { stationId: station.id, workerId: input.workerId, post: input.post, ...term, workerMoved: moved },
  });
  return presentOne(id, actor);
}

export async function finishPost(actor: Actor, current: PostView, input: TermEnd): Promise<StationPost> {
  // An ended post is not edited again: the client saw it open, someone else ended it.
  if (current.endsOn !== null) throw versionConflict();
  if (input.endsOn < current.startsOn) throw fieldError('endsOn', 'field.ends_before_start');
  await lockStation(current.stationId);
  if (!(await endPost(current.id, input.endsOn))) throw versionConflict();
  // The worker leaves once the last day is over; a post ending later keeps it where it is for now.
  const day = today();
  const worker = input.endsOn <= day ? await findWorkerBrief(current.workerId) : null;
  const moved = worker ? await followWorkplace(worker, maxDate(day, addDays(input.endsOn, 1))) : null;
  await audit({
    action: 'staffing.post_end',
    objectType: 'station_post',
    objectId: current.id,
    details: { stationId: current.stationId, workerId: current.workerId, post: current.post, endsOn: input.endsOn, workerMoved: moved },
  });
  return presentOne(current.id, actor);
}
