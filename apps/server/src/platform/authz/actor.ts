import type { Permission, Role } from '@shegong/core';

/** The authenticated caller, resolved from its session on every request. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** The region node the user's roles apply to (12 digits). */
  regionCode: string;
  /** Set for an organisation's own staff: they see only that organisation's records. */
  organisationId: string | null;
  sessionId: string;
}
