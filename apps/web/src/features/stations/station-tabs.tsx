import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

/** 站点列表 | 覆盖情况, two routes presented as tabs of the station network. */
export function StationTabs() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [{ key: '/stations', label: <span data-testid="tab-stations">{t('stations.tabList')}</span> }];
  if (can('coverage.read'))
    items.push({ key: '/stations/coverage', label: <span data-testid="tab-coverage">{t('stations.tabCoverage')}</span> });
  return <Tabs activeKey={pathname} items={items} onChange={(key) => navigate(key)} style={{ marginBottom: 4 }} />;
}
