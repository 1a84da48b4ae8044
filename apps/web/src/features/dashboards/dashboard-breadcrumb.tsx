import { EnvironmentOutlined, HomeOutlined } from '@ant-design/icons';
import type { Dashboard } from '@shegong/contracts';
import { regionLevelOf } from '@shegong/core';
import { Breadcrumb, Typography } from 'antd';
import { useMe } from '../../app/auth/me-context.tsx';
import { useRegion } from '../regions/regions-api.ts';

type Props = { scope: Dashboard['scope']; onRegion: (regionCode: string | undefined) => void };

/**
 * Where the dashboard stands, from the caller's own region down: 广州市 › 海珠区 › 赤岗街道 › 赤岗街社工站.
 * Every level above the current one opens its dashboard again (drill up).
 */
export function DashboardBreadcrumb({ scope, onRegion }: Props) {
  const me = useMe();
  const regionCode = scope.kind === 'station' ? scope.parentCode : scope.code;
  const region = useRegion(regionCode);
  const rootLevel = regionLevelOf(me.scope.regionCode);
  const path = (region.data?.path ?? []).filter((r) => r.level >= rootLevel && r.level <= 4);
  const items = path.map((r, i) => {
    const last = scope.kind === 'region' && i === path.length - 1;
    const title = (
      <>
        {i === 0 ? <HomeOutlined style={{ marginInlineEnd: 4 }} /> : null}
        {r.name}
      </>
    );
    return {
      key: r.code,
      title: last ? (
        <Typography.Text strong>{title}</Typography.Text>
      ) : (
        <Typography.Link onClick={() => onRegion(i === 0 ? undefined : r.code)} data-testid="dash-crumb">
          {title}
        </Typography.Link>
      ),
    };
  });
  if (scope.kind === 'station')
    items.push({
      key: scope.code,
      title: (
        <Typography.Text strong>
          <EnvironmentOutlined style={{ marginInlineEnd: 4 }} />
          {scope.name}
        </Typography.Text>
      ),
    });
  if (!items.length) items.push({ key: scope.code, title: <Typography.Text strong>{scope.name}</Typography.Text> });
  return <Breadcrumb items={items} data-testid="dash-breadcrumb" />;
}
