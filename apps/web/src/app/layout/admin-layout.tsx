import { Alert, Drawer, Layout, Skeleton } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../auth/me-context.tsx';
import { useIsMobile } from '../components/use-is-mobile.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { HeaderBar } from './header-bar.tsx';
import { Logo, SideMenu } from './side-menu.tsx';

export function AdminLayout() {
  const isMobile = useIsMobile();
  const me = useMe();
  const t = useT();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="menu-drawer"
        >
          <Logo />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider width={220} collapsed={collapsed} collapsedWidth={64} className="sg-sider">
          <Logo collapsed={collapsed} />
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar isMobile={isMobile} collapsed={collapsed} onToggle={() => (isMobile ? setDrawerOpen(true) : setCollapsed(!collapsed))} />
        <Layout.Content className="sg-content" style={{ padding: isMobile ? 12 : 24 }}>
          {me.passwordChangeRequired && pathname !== '/profile' ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('profile.passwordChangeRequired')}
              action={<Link to="/profile">{t('profile.changeNow')}</Link>}
              data-testid="password-banner"
            />
          ) : null}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="sg-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
