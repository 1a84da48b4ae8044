import type { Organisation, OrganisationUpdate } from '@shegong/contracts';
import dayjs, { type Dayjs } from 'dayjs';

export type FilingValues = {
  uscc?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  registeringAuthority?: string;
  registeredOn?: Dayjs | null;
  legalRepresentative?: string;
  serviceAreas?: string[];
  staffTotal?: number | null;
  socialWorkerTotal?: number | null;
};

/** Suggestions only: service areas are free text kept as the organisation writes them. */
export const AREA_SUGGESTIONS = [
  '长者服务',
  '青少年服务',
  '儿童服务',
  '家庭综合服务',
  '残障康复',
  '社区发展',
  '社会救助',
  '禁毒服务',
  '社区矫正',
  '医务社工',
];

/** What the server checks on submission (filing.service REQUIRED_FOR_SUBMISSION, plus service areas). */
const SUBMIT_REQUIRED = [
  'uscc',
  'legalRepresentative',
  'registeringAuthority',
  'registeredOn',
  'address',
  'contactPhone',
  'serviceAreas',
] as const;

const text = (v?: string) => v?.trim() || undefined;

export function filingValues(o: Organisation): FilingValues {
  return {
    uscc: o.uscc ?? undefined,
    address: o.address ?? undefined,
    contactName: o.contactName ?? undefined,
    contactPhone: o.contactPhone ?? undefined,
    registeringAuthority: o.registeringAuthority ?? undefined,
    registeredOn: o.registeredOn ? dayjs(o.registeredOn) : null,
    legalRepresentative: o.legalRepresentative ?? undefined,
    serviceAreas: o.serviceAreas,
    staffTotal: o.staffTotal,
    socialWorkerTotal: o.socialWorkerTotal,
  };
}

/** The form as an update: cleared contact fields become null; filing fields left empty are not sent. */
export function filingChanges(v: FilingValues): Omit<OrganisationUpdate, 'version'> {
  return {
    uscc: text(v.uscc) ?? null,
    address: text(v.address) ?? null,
    contactName: text(v.contactName) ?? null,
    contactPhone: text(v.contactPhone) ?? null,
    registeringAuthority: text(v.registeringAuthority),
    registeredOn: v.registeredOn ? v.registeredOn.format('YYYY-MM-DD') : undefined,
    legalRepresentative: text(v.legalRepresentative),
    serviceAreas: (v.serviceAreas ?? []).map((a) => a.trim()).filter(Boolean),
    staffTotal: v.staffTotal ?? undefined,
    socialWorkerTotal: v.socialWorkerTotal ?? undefined,
  };
}

/** Saving keeps a partial draft; submitting needs every field the district bureau reviews. */
export function missingForSubmission(v: FilingValues): (typeof SUBMIT_REQUIRED)[number][] {
  return SUBMIT_REQUIRED.filter((name) => {
    const value = v[name];
    return (
      value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
    );
  });
}
