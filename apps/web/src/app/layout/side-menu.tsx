import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCan } from '../auth/me-context.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { menuItems, selectedMenuKey } from './menu-items.tsx';

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-menu"
      selectedKeys={[selectedMenuKey(pathname)]}
      items={menuItems(t, can)}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}

export function Logo({ collapsed }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <div className="sg-logo">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {collapsed ? null : <span>{t('app.logo')}</span>}
    </div>
  );
}
