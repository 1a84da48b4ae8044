import { Alert, Card, Col, Descriptions, Flex, Row, Tag } from 'antd';
import { useMe } from '../../app/auth/me-context.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

export function ProfilePage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('menu.profile')} />
      {me.passwordChangeRequired ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('profile.passwordChangeRequired')}
          description={t('profile.passwordChangeHint')}
          data-testid="password-change-required"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('profile.info')}>
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={{ label: { width: 140 } }}
              items={[
                { key: 'username', label: t('label.username'), children: me.user.username },
                { key: 'name', label: t('label.displayName'), children: me.user.displayName },
                { key: 'mobile', label: t('label.mobile'), children: me.user.mobile ?? '—' },
                {
                  key: 'roles',
                  label: t('label.roles'),
                  children: (
                    <Flex wrap gap={4}>
                      {me.roles.map((r) => (
                        <Tag key={r} color="blue">
                          {t(`role.${r}`)}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
                { key: 'region', label: t('profile.scopeRegion'), children: me.scope.regionName },
                { key: 'org', label: t('label.organisationId'), children: me.scope.organisationName ?? '—' },
                {
                  key: 'perms',
                  label: t('profile.permissions'),
                  children: (
                    <Flex wrap gap={4}>
                      {me.permissions.map((p) => (
                        <Tag key={p} style={{ marginInlineEnd: 0 }}>
                          {p}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('profile.changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
