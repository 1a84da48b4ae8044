/**
 * Group work phases (MZ/T 095-2017): 筹备 preparing → 形成 forming → 转折 transition →
 * 成熟 mature → 结束 ending, then closed once evaluated. A group moves one phase forward at a
 * time; no phase is skipped and none is revisited.
 */
export const GROUP_PHASES = ['preparing', 'forming', 'transition', 'mature', 'ending', 'closed'] as const;
export type GroupPhase = (typeof GROUP_PHASES)[number];

const NEXT: Record<GroupPhase, GroupPhase | null> = {
  preparing: 'forming',
  forming: 'transition',
  transition: 'mature',
  mature: 'ending',
  ending: 'closed',
  closed: null,
};

export function nextGroupPhase(phase: GroupPhase): GroupPhase | null {
  return NEXT[phase];
}

/** skip: not the next phase; no_members: a group forms around members; no_evaluation: close only after the evaluation. */
export type GroupPhaseProblem = 'skip' | 'no_members' | 'no_evaluation';

export function groupPhaseProblem(
  from: GroupPhase,
  to: GroupPhase,
  facts: { activeMembers: number; hasEvaluation: boolean },
): GroupPhaseProblem | null {
  if (NEXT[from] !== to) return 'skip';
  if (from === 'preparing' && facts.activeMembers === 0) return 'no_members';
  if (to === 'closed' && !facts.hasEvaluation) return 'no_evaluation';
  return null;
}

/** Sessions are held from forming to ending (preparing is recruitment; closed is history). */
export function groupAcceptsSessions(phase: GroupPhase): boolean {
  return phase !== 'preparing' && phase !== 'closed';
}

/** Members join or leave until the group starts ending. */
export function groupAcceptsMembers(phase: GroupPhase): boolean {
  return phase !== 'ending' && phase !== 'closed';
}

/** The evaluation (评估) is written in the ending phase, before closing. */
export function groupAcceptsEvaluation(phase: GroupPhase): boolean {
  return phase === 'ending';
}

/** The plan (aims, sessions, facilitator) may change until the group is closed. */
export function groupIsOpen(phase: GroupPhase): boolean {
  return phase !== 'closed';
}
