import { type User, UserCreate, UserUpdate } from '@shegong/contracts';
import { ORGANISATION_ROLES, ROLE_REGION_LEVEL, type Role } from '@shegong/core';
import { App, Button, Col, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useMe } from '../../app/auth/me-context.tsx';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { type UserValues, userChanges } from './user-changes.ts';
import { useCreateUser, useUpdateUser } from './users-api.ts';

type Props = { open: boolean; user: User | null; onClose: () => void };

export function UserDrawer({ open, user, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<UserValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const roles = Form.useWatch('roles', form) ?? [];
  const needsOrganisation = roles.some((r) => ORGANISATION_ROLES.includes(r));
  const boundLevels = [...new Set(roles.flatMap((r) => (ROLE_REGION_LEVEL[r] ? [ROLE_REGION_LEVEL[r]] : [])))];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        ...user,
        mobile: undefined,
        organisationId: user.organisationId ?? undefined,
        isEnabled: !user.isDisabled,
      });
    } else {
      form.setFieldsValue({ regionCode: me.scope.regionCode, organisationId: me.scope.organisationId ?? undefined, roles: [] });
    }
  }, [open, user, form, me]);

  const roleOptions = [...new Set<Role>([...me.grantableRoles, ...(user?.roles ?? [])])].map((r) => ({
    value: r,
    label: t(`role.${r}`),
    disabled: !me.grantableRoles.includes(r),
  }));

  const done = (saved: User) => {
    message.success(t(user ? 'common.saved' : 'users.created', { name: saved.displayName }));
    onClose();
  };

  const failed = (error: unknown) => {
    showError(error, form);
    if (isVersionConflict(error)) onClose();
  };

  const submit = (values: UserValues) => {
    if (user) {
      const body = parseForm(UserUpdate, { ...userChanges(user, values), version: user.version }, form, t);
      if (body) update.mutate({ id: user.id, body }, { onSuccess: done, onError: failed });
      return;
    }
    const { isEnabled: _ignored, ...fields } = values;
    const body = parseForm(UserCreate, compact(fields), form, t);
    if (body) create.mutate(body, { onSuccess: done, onError: failed });
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Drawer
      title={user ? t('users.edit', { name: user.displayName }) : t('users.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="user-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('label.username')}
              rules={user ? undefined : [...required, zodRule(UserCreate.shape.username, t)]}
              extra={user ? undefined : t('users.usernameHint')}
            >
              <Input disabled={Boolean(user)} maxLength={32} autoComplete="off" data-testid="user-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="displayName" label={t('label.displayName')} rules={required}>
              <Input maxLength={50} data-testid="user-display-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="mobile"
              label={t('label.mobile')}
              rules={[zodRule(UserCreate.shape.mobile, t)]}
              extra={user?.mobile ? t('users.mobileMasked', { mobile: user.mobile }) : undefined}
            >
              <Input maxLength={11} inputMode="tel" placeholder={user?.mobile ?? undefined} />
            </Form.Item>
          </Col>
          {user ? (
            <Col xs={24} sm={12}>
              <Form.Item name="isEnabled" label={t('users.enabled')} valuePropName="checked">
                <Switch checkedChildren={t('users.on')} unCheckedChildren={t('users.off')} disabled={user.id === me.user.id} />
              </Form.Item>
            </Col>
          ) : (
            <Col xs={24} sm={12}>
              <Form.Item
                name="password"
                label={t('users.initialPassword')}
                rules={[...required, zodRule(UserCreate.shape.password, t)]}
                extra={t('profile.passwordRule')}
              >
                <Input.Password autoComplete="new-password" data-testid="user-password" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="roles" label={t('label.roles')} rules={required}>
              <Select mode="multiple" options={roleOptions} placeholder={t('users.rolesPlaceholder')} data-testid="user-roles" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="regionCode" label={t('label.regionCode')} rules={required}>
              <RegionTreeSelect levels={boundLevels.length === 1 ? boundLevels : undefined} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="organisationId"
              label={t('label.organisationId')}
              rules={needsOrganisation ? required : undefined}
              extra={needsOrganisation ? t('field.organisation_required') : undefined}
            >
              <OrganisationSelect currentLabel={user?.organisationName ?? me.scope.organisationName} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
