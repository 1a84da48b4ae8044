import { FilingDecisionBody, type Organisation } from '@shegong/contracts';
import { type FilingAction, filingActionNeedsComment } from '@shegong/core';
import { App, Form, Input, Modal, Typography } from 'antd';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useFilingAction } from './organisations-api.ts';

type Props = { organisation: Organisation; action: FilingAction | null; onClose: () => void };

/** 退回修改 / 准予备案 / 不予备案 with the reviewer's comment (required to return or reject). */
export function FilingDecisionModal({ organisation, action, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ comment?: string }>();
  const decide = useFilingAction();
  const needsComment = action ? filingActionNeedsComment(action) : false;

  const submit = (values: { comment?: string }) => {
    if (!action) return;
    const body = parseForm(FilingDecisionBody, { comment: values.comment?.trim() || undefined }, form, t);
    if (!body) return;
    decide.mutate(
      { id: organisation.id, action, comment: body.comment },
      {
        onSuccess: () => {
          message.success(t('filing.decided', { action: t(`filingAction.${action}`), name: organisation.name }));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(action)}
      title={action ? t(`filingAction.${action}`) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? t(`filingAction.${action}`) : t('common.confirm')}
      okButtonProps={{ danger: action === 'reject', ...({ 'data-testid': 'filing-decision-ok' } as object) }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(`filing.decisionHint.${action ?? 'approve'}` as 'filing.decisionHint.approve', { name: organisation.name })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="comment"
          label={t('label.comment')}
          rules={needsComment ? [{ required: true, whitespace: true, message: t('field.comment_required') }] : undefined}
        >
          <Input.TextArea
            rows={4}
            maxLength={1000}
            showCount
            placeholder={t('filing.commentPlaceholder')}
            data-testid="filing-comment-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
