import { ChangePasswordBody } from '@shegong/contracts';
import { App, Button, Form, Input } from 'antd';
import { parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useChangePassword } from '../../app/auth/auth-api.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordForm() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const required = { required: true, message: t('field.required') };

  const submit = ({ currentPassword, newPassword }: Values) => {
    const body = parseForm(ChangePasswordBody, { currentPassword, newPassword }, form, t);
    if (!body) return;
    change.mutate(body, {
      onSuccess: () => {
        message.success(t('profile.passwordChanged'));
        form.resetFields();
      },
      onError: (e) => showError(e, form),
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }} data-testid="change-password-form">
      <Form.Item name="currentPassword" label={t('label.currentPassword')} rules={[required]}>
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('label.newPassword')}
        rules={[required, zodRule(ChangePasswordBody.shape.newPassword, t)]}
        extra={t('profile.passwordRule')}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('profile.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value !== getFieldValue('newPassword')
                ? Promise.reject(new Error(t('profile.passwordMismatch')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-password-submit">
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
