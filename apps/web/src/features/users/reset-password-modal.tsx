import { ResetPasswordBody, type User } from '@shegong/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useResetPassword } from './users-api.ts';

type Values = { newPassword: string; confirm: string };

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();

  const submit = (values: Values) => {
    if (!user) return;
    const body = parseForm(ResetPasswordBody, { newPassword: values.newPassword }, form, t);
    if (!body) return;
    reset.mutate(
      { id: user.id, newPassword: body.newPassword },
      {
        onSuccess: () => {
          message.success(t('users.passwordReset', { name: user.displayName }));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  return (
    <Modal
      title={t('users.resetPassword')}
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetHint', { name: user?.displayName ?? '' })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="newPassword"
          label={t('label.newPassword')}
          rules={[{ required: true, message: t('field.required') }, zodRule(ResetPasswordBody.shape.newPassword, t)]}
          extra={t('profile.passwordRule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('profile.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('field.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value !== getFieldValue('newPassword')
                  ? Promise.reject(new Error(t('profile.passwordMismatch')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
