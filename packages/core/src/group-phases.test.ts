import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUP_PHASES,
  type GroupPhase,
  groupAcceptsEvaluation,
  groupAcceptsMembers,
  groupAcceptsSessions,
  groupPhaseProblem,
  nextGroupPhase,
} from './group-phases.ts';

describe('group phases (MZ/T 095-2017)', () => {
  it('goes 筹备 → 形成 → 转折 → 成熟 → 结束 → closed, one step at a time', () => {
    const path: GroupPhase[] = ['preparing'];
    for (let p = nextGroupPhase('preparing'); p; p = nextGroupPhase(p)) path.push(p);
    expect(path).toEqual([...GROUP_PHASES]);
  });

  it('refuses skipping, going back, forming without members and closing without an evaluation', () => {
    const facts = { activeMembers: 3, hasEvaluation: true };
    expect(groupPhaseProblem('preparing', 'transition', facts)).toBe('skip');
    expect(groupPhaseProblem('mature', 'forming', facts)).toBe('skip');
    expect(groupPhaseProblem('closed', 'preparing', facts)).toBe('skip');
    expect(groupPhaseProblem('forming', 'forming', facts)).toBe('skip');
    expect(groupPhaseProblem('preparing', 'forming', { ...facts, activeMembers: 0 })).toBe('no_members');
    expect(groupPhaseProblem('ending', 'closed', { ...facts, hasEvaluation: false })).toBe('no_evaluation');
    expect(groupPhaseProblem('ending', 'closed', facts)).toBeNull();
  });

  it('says where sessions, members and the evaluation belong', () => {
    expect(GROUP_PHASES.filter(groupAcceptsSessions)).toEqual(['forming', 'transition', 'mature', 'ending']);
    expect(GROUP_PHASES.filter(groupAcceptsMembers)).toEqual(['preparing', 'forming', 'transition', 'mature']);
    expect(GROUP_PHASES.filter(groupAcceptsEvaluation)).toEqual(['ending']);
  });

  it('property: whatever is attempted, the phases visited are a prefix of the order, and closed follows an evaluation', () => {
    const attempt = fc.record({
      to: fc.constantFrom(...GROUP_PHASES),
      addMember: fc.boolean(),
      evaluate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 30 }), (attempts) => {
        let phase: GroupPhase = 'preparing';
        let members = 0;
        let evaluated = false;
        const visited: GroupPhase[] = [phase];
        for (const a of attempts) {
          if (a.addMember && groupAcceptsMembers(phase)) members++;
          if (a.evaluate && groupAcceptsEvaluation(phase)) evaluated = true;
          if (groupPhaseProblem(phase, a.to, { activeMembers: members, hasEvaluation: evaluated }) === null) {
            phase = a.to;
            visited.push(phase);
          }
        }
        expect(visited).toEqual(GROUP_PHASES.slice(0, visited.length));
        if (phase === 'closed') expect(evaluated).toBe(true);
        if (visited.length > 1) expect(members).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
