import { defineResource } from '../../platform/authz/resources.ts';
import { findSession, type SessionRecord } from './group-sessions.repository.ts';
import { findGroup, type GroupRow } from './groups.repository.ts';

/** A group sits in its station's region and belongs to the organisation running the station. */
export const groupPolicy = defineResource<GroupRow>({
  name: 'group',
  load: findGroup,
  scopeOf: (g) => ({ regionCode: g.regionCode, organisationId: g.organisationId }),
  actions: ['group.manage'],
});

/** A session sits where its group does. */
export const groupSessionPolicy = defineResource<SessionRecord>({
  name: 'group_session',
  load: findSession,
  scopeOf: (s) => ({ regionCode: s.regionCode, organisationId: s.organisationId }),
  actions: ['group.manage'],
});
