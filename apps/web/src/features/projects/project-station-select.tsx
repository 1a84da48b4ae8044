import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { TIER_COLORS } from '../stations/station-labels.ts';
import { useStations } from '../stations/stations-api.ts';

type Props = {
  organisationId?: string;
  regionCode?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  'data-testid'?: string;
};

/** The provider's stations inside the buyer's region: the only ones a contract may cover. */
export function ProjectStationSelect({ organisationId, regionCode, value, onChange, ...rest }: Props) {
  const t = useT();
  const enabled = Boolean(organisationId && regionCode);
  const list = useStations({ page: 1, pageSize: 100, organisationId, regionCode, status: 'active' }, enabled);
  const options = useMemo(
    () =>
      (list.data?.items ?? []).map((s) => ({
        value: s.id,
        label: s.name,
        tier: s.tier,
        path: s.regionPath || s.regionName,
      })),
    [list.data],
  );
  return (
    <Select
      {...rest}
      mode="multiple"
      value={value ?? []}
      onChange={(ids: string[]) => onChange?.(ids)}
      options={options}
      loading={list.isFetching}
      disabled={!enabled}
      placeholder={enabled ? t('projects.stationsPlaceholder') : t('projects.stationsPickFirst')}
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(option) => (
        <span>
          <Tag color={TIER_COLORS[option.data.tier]} style={{ marginInlineEnd: 6 }}>
            {t(`tier.${option.data.tier}`)}
          </Tag>
          {option.data.label}
          <span style={{ color: '#999', marginInlineStart: 6, fontSize: 12 }}>{option.data.path}</span>
        </span>
      )}
      notFoundContent={t('projects.noStations')}
      style={{ width: '100%' }}
    />
  );
}
