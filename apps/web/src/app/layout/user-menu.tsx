import { DownOutlined, GlobalOutlined, IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../auth/auth-api.ts';
import { useMe } from '../auth/me-context.tsx';
import { useLocale, useT } from '../i18n/i18n-context.tsx';

export function LanguageSwitch() {
  const [locale, setLocale] = useLocale();
  return (
    <Dropdown
      menu={{
        selectedKeys: [locale],
        items: [
          { key: 'zh-CN', label: <span data-testid="lang-zh">中文</span> },
          { key: 'en-US', label: <span data-testid="lang-en">English</span> },
        ],
        onClick: ({ key }) => setLocale(key === 'en-US' ? 'en-US' : 'zh-CN'),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} data-testid="lang-switch">
        {locale === 'zh-CN' ? '中文' : 'EN'}
      </Button>
    </Dropdown>
  );
}

export function UserMenu({ compact }: { compact: boolean }) {
  const me = useMe();
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  const firstRole = me.roles[0];
  const scope = me.scope.organisationName ? `${me.scope.regionName} · ${me.scope.organisationName}` : me.scope.regionName;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'profile', icon: <IdcardOutlined />, label: t('menu.profile') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('auth.logout')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'profile') navigate('/profile');
          if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
        },
      }}
    >
      <Button type="text" data-testid="user-menu" style={{ height: 48, paddingInline: 8 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ background: '#1677ff' }} icon={<UserOutlined />} />
          {compact ? null : (
            <Flex vertical align="flex-start" style={{ lineHeight: 1.3 }}>
              <span>
                <Typography.Text strong data-testid="user-name">
                  {me.user.displayName}
                </Typography.Text>
                {firstRole ? (
                  <Tag color="blue" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                    {t(`role.${firstRole}`)}
                  </Tag>
                ) : null}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 260 }} ellipsis>
                {scope}
              </Typography.Text>
            </Flex>
          )}
          <DownOutlined style={{ fontSize: 10, color: '#999' }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
