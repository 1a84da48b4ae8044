import { WarningOutlined } from '@ant-design/icons';
import { CATALOGUE_STATUSES, type CatalogueItem } from '@shegong/contracts';
import { Tag, Tooltip } from 'antd';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

const STATUS_COLORS: Record<CatalogueStatus, string> = { planned: 'blue', in_progress: 'green', dropped: 'default' };

export function catalogueStatusOptions(t: TFunction) {
  return CATALOGUE_STATUSES.map((status) => ({ value: status, label: t(`catalogueStatus.${status}`) }));
}

export function CatalogueStatusTag({ item }: { item: Pick<CatalogueItem, 'status' | 'isStale' | 'lastBoughtYear'> }) {
  const t = useT();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={STATUS_COLORS[item.status]} data-testid="catalogue-status">
        {t(`catalogueStatus.${item.status}`)}
      </Tag>
      {item.isStale ? (
        <Tooltip title={t('catalogue.staleHint', { year: item.lastBoughtYear ?? '—' })}>
          <Tag color="warning" icon={<WarningOutlined />} data-testid="catalogue-stale">
            {t('catalogue.stale')}
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

/** Years offered by the filters and the form: five back, two ahead. */
export function yearOptions(around = new Date().getFullYear()) {
  return Array.from({ length: 8 }, (_, i) => around + 2 - i).map((year) => ({ value: String(year), label: String(year) }));
}
