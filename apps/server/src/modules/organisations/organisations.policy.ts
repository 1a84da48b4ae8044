import { type FilingStatus, isFilingEditable, regionLevelOf } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { findOrganisation, type OrganisationRecord } from './organisations.repository.ts';

const editableByProvider = (actor: Actor, org: OrganisationRecord) =>
  actor.organisationId === null || isFilingEditable(org.filingStatus as FilingStatus);

/** Filings are decided by a district bureau (the district of the address), never by the organisation itself. */
const isDistrictBureau = (actor: Actor, org: OrganisationRecord) =>
  regionLevelOf(actor.regionCode) === 3 && actor.organisationId !== org.id;

/**
 * An organisation sits at its registered address and at each station it runs, so the
 * buyer of a station sees its provider; its own staff see only it.
 *
 * Personal data is masked everywhere and shown whole only through an audited reveal (a
 * worker's or a client's ID number and mobile). An organisation's contact phone is not
 * personal data: it is the number the organisation publishes for the public and the bureau
 * to reach it, so records and lists show it in full.
 */
export const organisationPolicy = defineResource({
  name: 'organisation',
  load: findOrganisation,
  scopeOf: (org) => [
    { regionCode: org.regionCode, organisationId: org.id },
    ...org.stationRegions.map((regionCode) => ({ regionCode, organisationId: org.id })),
  ],
  actions: ['organisation.update', 'organisation.file', 'organisation.review', 'organisation.report', 'organisation.supervise'],
  rules: {
    'organisation.update': editableByProvider,
    'organisation.file': (actor, org) => actor.organisationId === org.id,
    'organisation.report': (actor, org) => actor.organisationId === org.id,
    'organisation.review': isDistrictBureau,
  },
});
