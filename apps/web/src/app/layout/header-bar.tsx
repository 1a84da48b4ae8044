import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Layout, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../i18n/i18n-context.tsx';
import { crumbsOf } from './menu-items.tsx';
import { LanguageSwitch, UserMenu } from './user-menu.tsx';

type Props = { isMobile: boolean; collapsed: boolean; onToggle: () => void };

export function HeaderBar({ isMobile, collapsed, onToggle }: Props) {
  const t = useT();
  const { pathname } = useLocation();
  const crumbs = crumbsOf(pathname);
  const toggleIcon = isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />;
  return (
    <Layout.Header className="sg-header">
      <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
        <Button type="text" icon={toggleIcon} onClick={onToggle} aria-label={t('layout.toggleMenu')} data-testid="menu-toggle" />
        {isMobile ? (
          <Typography.Text strong ellipsis>
            {crumbs.length ? t(crumbs[crumbs.length - 1] ?? 'menu.home') : t('app.name')}
          </Typography.Text>
        ) : (
          <Breadcrumb
            items={[
              { title: <Link to="/">{t('menu.home')}</Link> },
              ...crumbs.filter((c) => c !== 'menu.home').map((c) => ({ title: t(c) })),
            ]}
          />
        )}
      </Flex>
      <Flex align="center" gap={4}>
        <LanguageSwitch />
        <UserMenu compact={isMobile} />
      </Flex>
    </Layout.Header>
  );
}
