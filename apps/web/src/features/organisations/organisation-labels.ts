import { ORGANISATION_TYPES } from '@shegong/contracts';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const TYPE_COLORS: Record<OrganisationType, string> = {
  social_group: 'geekblue',
  private_non_enterprise: 'cyan',
  foundation: 'gold',
  other: 'default',
};

export function typeOptions(t: TFunction) {
  return ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }));
}
