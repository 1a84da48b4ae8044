import { defineResource } from '../../platform/authz/resources.ts';
import { registerFileOwner } from '../files/file-owners.ts';
import { clientPlaces, servesFully } from './client-scope.ts';
import { findClient } from './clients.repository.ts';

/**
 * A file is visible at the person's community under the responsible organisation and at each
 * share. Changing, revealing or merging it needs an active file the actor's organisation
 * serves: a history share (a referral's sender) only reads, and a merged file is history.
 */
export const clientPolicy = defineResource({
  name: 'client',
  load: findClient,
  scopeOf: clientPlaces,
  actions: ['client.update', 'client.merge', 'client.reveal'],
  rules: {
    'client.update': servesFully,
    'client.merge': servesFully,
    'client.reveal': servesFully,
  },
});

// Evidence of categories, signed consent forms and photos upload through /api/files for a file one may change.
registerFileOwner('client', 'client', 'client.update');
