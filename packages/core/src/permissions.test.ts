import { describe, expect, it } from 'vitest';
import { GRANTABLE_ROLES, grantableBy, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions.ts';

describe('role table', () => {
  it('uses only permissions of the vocabulary', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });
  it('never lets a role grant a role with permissions it lacks itself, except the sysadmin/city chain', () => {
    for (const role of ROLES) {
      for (const granted of GRANTABLE_ROLES[role]) {
        if (role === 'sysadmin' || role === 'city_admin') continue;
        expect(ROLES.indexOf(granted), `${role} grants ${granted}`).toBeGreaterThanOrEqual(ROLES.indexOf(role));
      }
    }
  });
  it('keeps volunteers and residents out of the registries', () => {
    expect(permissionsOf(['volunteer', 'resident'])).toEqual(['home.read']);
  });
  it('unions the grants of several roles', () => {
    expect(grantableBy(['org_admin'])).toEqual(['org_admin', 'supervisor', 'worker', 'volunteer']);
  });
});
