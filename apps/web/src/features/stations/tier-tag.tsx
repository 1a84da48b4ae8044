import type { StationTier } from '@shegong/contracts';
import { Tag } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { TIER_COLORS } from './station-labels.ts';

/** Tier label that stays inside its column (English names are long). */
export function TierTag({ tier }: { tier: StationTier }) {
  const t = useT();
  const label = t(`tier.${tier}`);
  return (
    <Tag
      color={TIER_COLORS[tier]}
      title={label}
      style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
    >
      {label}
    </Tag>
  );
}
