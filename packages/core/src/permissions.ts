/**
 * The one permission vocabulary and the one role → permission table.
 * Server routes declare a permission; the web menu and buttons read the same names.
 */
export const ROLES = [
  'sysadmin',
  'city_admin',
  'district_admin',
  'town_admin',
  'org_admin',
  'supervisor',
  'worker',
  'evaluator',
  'volunteer',
  'resident',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'region.read',
  'region.update',
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'station.read',
  'station.create',
  'station.update',
  'station.delete',
  'coverage.read',
  'user.read',
  'user.create',
  'user.update',
  'user.reset_password',
  'audit.read',
  'settings.read',
  'settings.update',
  'home.read',
  // Registries (organisations filed online, social workers registered online)
  'organisation.file',
  'organisation.review',
  'organisation.report',
  'organisation.supervise',
  'organisation.import',
  'organisation.export',
  'file.upload',
  'file.read',
  'worker.read',
  'worker.create',
  'worker.update',
  'worker.reveal_id',
  'worker.import',
  'worker.export',
  'registration.apply',
  'registration.review_first',
  'registration.review_final',
  'education.record',
  'training.read',
  'training.manage',
  'training.enrol',
  'staffing.read',
  'staffing.manage',
  'presence.checkin',
  'presence.read',
  'statistics.read',
  // Clients and casework (一人一档)
  'client.read',
  'client.create',
  'client.update',
  'client.merge',
  'client.reveal',
  'case.read',
  'case.create',
  'case.update',
  'case.approve',
  'case.refer',
  'referral.respond',
  'share_request.respond',
  'group.read',
  'group.manage',
  'activity.read',
  'activity.manage',
  'ledger.read',
  'ledger.export',
  'ledger.import',
  // Purchased projects and dashboards
  'catalogue.read',
  'catalogue.manage',
  'project.read',
  'project.manage',
  'project.spend',
  'dashboard.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_NETWORK: Permission[] = ['region.read', 'organisation.read', 'station.read', 'coverage.read', 'home.read'];
const MANAGE_USERS: Permission[] = ['user.read', 'user.create', 'user.update', 'user.reset_password'];
const READ_REGISTRIES: Permission[] = ['worker.read', 'training.read', 'staffing.read', 'presence.read', 'file.read'];
/** Front-line casework: the worker's own station and organisation. */
const CASEWORK: Permission[] = [
  'client.read',
  'client.create',
  'client.update',
  'case.read',
  'case.create',
  'case.update',
  'case.refer',
  'referral.respond',
  'share_request.respond',
  'group.read',
  'group.manage',
  'activity.read',
  'activity.manage',
  'ledger.read',
  'ledger.export',
  'ledger.import',
  'file.upload',
  'file.read',
];
/** The bureau sees masked files and the ledgers of its area, never changes them. */
const OVERSIGHT: Permission[] = ['client.read', 'case.read', 'group.read', 'activity.read', 'ledger.read', 'ledger.export'];
/** Buyers (city, district, town) catalogue, contract and follow projects. */
const BUYING: Permission[] = ['catalogue.read', 'catalogue.manage', 'project.read', 'project.manage', 'dashboard.read'];

/** What the bureau (city, district) does to the registries. */
const BUREAU_REGISTRIES: Permission[] = [
  ...READ_REGISTRIES,
  'organisation.review',
  'organisation.supervise',
  'organisation.import',
  'organisation.export',
  'worker.create',
  'worker.update',
  'worker.reveal_id',
  'worker.import',
  'worker.export',
  'registration.review_final',
  'training.manage',
  'staffing.manage',
  'statistics.read',
  'file.upload',
];
/** What a provider organisation's administrator does to its own records. */
const PROVIDER_REGISTRIES: Permission[] = [
  ...READ_REGISTRIES,
  'organisation.file',
  'organisation.report',
  'worker.create',
  'worker.update',
  'worker.reveal_id',
  'worker.import',
  'worker.export',
  'registration.apply',
  'registration.review_first',
  'education.record',
  'training.enrol',
  'staffing.manage',
  'file.upload',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sysadmin: [...READ_NETWORK, ...MANAGE_USERS, 'audit.read', 'settings.read', 'settings.update'],
  city_admin: [
    ...READ_NETWORK,
    ...MANAGE_USERS,
    'organisation.create',
    'organisation.update',
    'station.create',
    'station.update',
    'station.delete',
    'audit.read',
    'settings.read',
    'region.update',
    ...BUREAU_REGISTRIES,
    ...OVERSIGHT,
    ...BUYING,
  ],
  district_admin: [
    ...READ_NETWORK,
    ...MANAGE_USERS,
    'organisation.create',
    'organisation.update',
    'station.create',
    'station.update',
    'station.delete',
    ...BUREAU_REGISTRIES,
    ...OVERSIGHT,
    ...BUYING,
  ],
  town_admin: [
    ...READ_NETWORK,
    'user.read',
    'worker.read',
    'staffing.read',
    'presence.read',
    'statistics.read',
    'group.read',
    'activity.read',
    'ledger.read',
    'catalogue.read',
    'project.read',
    'project.manage',
    'dashboard.read',
    'file.upload',
    'file.read',
  ],
  org_admin: [
    ...READ_NETWORK,
    ...MANAGE_USERS,
    'organisation.update',
    'station.update',
    ...PROVIDER_REGISTRIES,
    ...CASEWORK,
    'client.merge',
    'client.reveal',
    'catalogue.read',
    'project.read',
    'project.spend',
    'dashboard.read',
  ],
  supervisor: [
    ...READ_NETWORK,
    'user.read',
    ...READ_REGISTRIES,
    'client.read',
    'case.read',
    'case.approve',
    'group.read',
    'activity.read',
    'ledger.read',
    'project.read',
    'dashboard.read',
  ],
  worker: [
    'region.read',
    'station.read',
    'organisation.read',
    'home.read',
    'worker.read',
    'training.read',
    'staffing.read',
    'presence.checkin',
    'presence.read',
    'education.record',
    'registration.apply',
    ...CASEWORK,
    'client.reveal',
    'project.read',
    'dashboard.read',
  ],
  evaluator: ['region.read', 'home.read'],
  volunteer: ['home.read'],
  resident: ['home.read'],
};

/**
 * Roles an administrator may grant, always at or below its own. Every role is bound
 * to a region node and, for the organisation's own staff, to that organisation.
 */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  sysadmin: ROLES,
  city_admin: ROLES.filter((r) => r !== 'sysadmin'),
  district_admin: ['district_admin', 'town_admin', 'org_admin', 'supervisor', 'worker', 'evaluator', 'volunteer', 'resident'],
  town_admin: [],
  org_admin: ['org_admin', 'supervisor', 'worker', 'volunteer'],
  supervisor: [],
  worker: [],
  evaluator: [],
  volunteer: [],
  resident: [],
};

/** Roles whose holder belongs to a social-work organisation; the binding must name it. */
export const ORGANISATION_ROLES: readonly Role[] = ['org_admin', 'supervisor', 'worker'];

/** The region level a role is bound to, where it must be exact (2 city, 3 district, 4 town). */
export const ROLE_REGION_LEVEL: Partial<Record<Role, number>> = {
  city_admin: 2,
  district_admin: 3,
  town_admin: 4,
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

export function grantableBy(roles: readonly Role[]): Role[] {
  const set = new Set<Role>();
  for (const role of roles) for (const r of GRANTABLE_ROLES[role]) set.add(r);
  return ROLES.filter((r) => set.has(r));
}
