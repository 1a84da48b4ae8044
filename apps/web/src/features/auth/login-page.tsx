import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LoginBody } from '@shegong/contracts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useLogin, useMeQuery } from '../../app/auth/auth-api.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { LanguageSwitch } from '../../app/layout/user-menu.tsx';

type Values = { username: string; password: string };

export function LoginPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const location = useLocation();
  const me = useMeQuery();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  // Signed in (now or already): an initial or reset password sends the user to change it first.
  if (me.data) return <Navigate to={me.data.passwordChangeRequired ? '/profile' : from} replace />;

  const submit = (values: Values) => {
    const body = parseForm(LoginBody, values, form, t);
    if (!body) return;
    setError(null);
    login.mutate(body, {
      onError: (e) => setError(e instanceof ApiError ? e.message : t('common.unknownError')),
    });
  };

  return (
    <div className="sg-login">
      <div className="sg-login-lang">
        <LanguageSwitch />
      </div>
      <div style={{ textAlign: 'center', marginBottom: 28 }}>
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <Typography.Title level={2} style={{ margin: '12px 0 4px' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
      </div>
      <Card className="sg-login-card" title={t('login.title')}>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        <Form form={form} size="large" onFinish={submit} autoComplete="on" data-testid="login-form">
          <Form.Item name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input
              prefix={<UserOutlined />}
              placeholder={t('login.usernamePlaceholder')}
              autoComplete="username"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('login.passwordPlaceholder')}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('app.footer')}
      </Typography.Text>
    </div>
  );
}
