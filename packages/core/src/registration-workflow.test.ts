import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicationProblem,
  isRegistrationOpen,
  nextRegistrationStatus,
  plusDays,
  plusMonths,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATUSES,
  type RegistrationAction,
  type RegistrationStatus,
  registrationActionNeedsComment,
  registrationValidity,
  renewalOpensOn,
} from './registration-workflow.ts';

describe('registration transitions', () => {
  it('follows the national stages: employer first, bureau final, then the certificate', () => {
    expect(nextRegistrationStatus('pending', 'approve_first')).toBe('first_approved');
    expect(nextRegistrationStatus('pending', 'reject_first')).toBe('first_rejected');
    expect(nextRegistrationStatus('first_approved', 'approve_final')).toBe('final_approved');
    expect(nextRegistrationStatus('first_approved', 'reject_final')).toBe('final_rejected');
    expect(nextRegistrationStatus('final_approved', 'issue')).toBe('issued');
  });

  it('refuses to skip a stage or act on a decided application', () => {
    expect(nextRegistrationStatus('pending', 'approve_final')).toBeNull();
    expect(nextRegistrationStatus('pending', 'issue')).toBeNull();
    expect(nextRegistrationStatus('first_approved', 'issue')).toBeNull();
    expect(nextRegistrationStatus('first_approved', 'approve_first')).toBeNull();
    for (const terminal of ['first_rejected', 'final_rejected', 'issued'] as const) {
      for (const action of REGISTRATION_ACTIONS) expect(nextRegistrationStatus(terminal, action)).toBeNull();
      expect(isRegistrationOpen(terminal)).toBe(false);
    }
  });

  it('asks for a comment on rejections only', () => {
    expect(REGISTRATION_ACTIONS.filter(registrationActionNeedsComment)).toEqual(['reject_first', 'reject_final']);
  });

  it('property: no sequence of actions reaches issued without passing both reviews', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REGISTRATION_ACTIONS), { maxLength: 12 }), (actions) => {
        let status: RegistrationStatus = 'pending';
        const applied: RegistrationAction[] = [];
        for (const action of actions) {
          const next = nextRegistrationStatus(status, action);
          if (next === null) continue;
          applied.push(action);
          status = next;
        }
        if (status === 'issued') expect(applied).toEqual(['approve_first', 'approve_final', 'issue']);
        expect(REGISTRATION_STATUSES).toContain(status);
      }),
    );
  });
});

describe('registration dates', () => {
  it('adds days and months on the calendar, clamping month ends', () => {
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(plusMonths('2028-11-30', 3)).toBe('2029-02-28');
    expect(plusMonths('2026-01-15', -3)).toBe('2025-10-15');
  });

  it('is valid for the given years less one day; a renewal follows the previous period without a gap', () => {
    expect(registrationValidity('2026-03-10', 3, null)).toEqual({ validFrom: '2026-03-10', validUntil: '2029-03-09' });
    expect(registrationValidity('2026-01-01', 3, null).validUntil).toBe('2028-12-31');
    expect(registrationValidity('2028-02-29', 3, null).validUntil).toBe('2031-02-28');
    expect(registrationValidity('2026-02-01', 3, '2026-04-30')).toEqual({ validFrom: '2026-05-01', validUntil: '2029-04-30' });
  });

  it('opens renewal the configured months before the end', () => {
    expect(renewalOpensOn('2026-06-30', 3)).toBe('2026-03-30');
  });
});

describe('who may apply', () => {
  const base = { hasOpenApplication: false, currentValidUntil: null, today: '2026-05-01', windowMonths: 3 };

  it('initial: only without a registration valid today', () => {
    expect(applicationProblem({ ...base, kind: 'initial' })).toBeNull();
    expect(applicationProblem({ ...base, kind: 'initial', currentValidUntil: '2026-04-30' })).toBeNull();
    expect(applicationProblem({ ...base, kind: 'initial', currentValidUntil: '2026-05-01' })).toBe('valid');
  });

  it('renewal: only inside the window before the end of a valid registration', () => {
    expect(applicationProblem({ ...base, kind: 'renewal' })).toBe('none');
    expect(applicationProblem({ ...base, kind: 'renewal', currentValidUntil: '2026-04-30' })).toBe('expired');
    expect(applicationProblem({ ...base, kind: 'renewal', currentValidUntil: '2026-08-01' })).toBeNull();
    expect(applicationProblem({ ...base, kind: 'renewal', currentValidUntil: '2026-08-02' })).toBe('window');
  });

  it('never beside an open application', () => {
    expect(applicationProblem({ ...base, kind: 'initial', hasOpenApplication: true })).toBe('open');
    expect(applicationProblem({ ...base, kind: 'renewal', hasOpenApplication: true, currentValidUntil: '2026-06-01' })).toBe('open');
  });
});
