import { App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { isVersionConflict } from '../api/client.ts';
import { parseForm, type Schema } from '../api/form-validation.ts';
import { useApiError } from '../api/use-api-error.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { useIsMobile } from './use-is-mobile.ts';

type Props<V, B> = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** The contracts' zod schema the server validates with; checked here first. */
  schema: Schema<B>;
  /** Form values → request body (dates formatted, blanks dropped). */
  toBody: (values: V) => unknown;
  send: (body: B) => Promise<unknown>;
  successText: string;
  initialValues?: Partial<V>;
  okText?: string;
  danger?: boolean;
  width?: number;
  testId?: string;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
};

/**
 * A small form in a modal: validated with the contracts' schema, sent, server field errors
 * mapped back onto the fields, closed on success. Used by the registries' "add" dialogs.
 */
export function FormModal<V extends object, B>(props: Props<V, B>) {
  const { open, title, onClose, schema, toBody, send, successText, initialValues, okText, danger, width = 560, testId, children } = props;
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  // Read when the modal opens only: callers pass a fresh object on every render.
  const initial = useRef(initialValues);
  initial.current = initialValues;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial.current) form.setFieldsValue(initial.current as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, form]);

  const submit = async (values: V) => {
    const body = parseForm(schema, toBody(values), form, t);
    if (!body) return;
    setBusy(true);
    try {
      await send(body);
      message.success(successText);
      onClose();
    } catch (error) {
      showError(error, form);
      if (isVersionConflict(error)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, ...({ 'data-testid': testId ? `${testId}-ok` : undefined } as object) }}
      confirmLoading={busy}
      width={isMobile ? '100%' : width}
      destroyOnHidden
      data-testid={testId}
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} style={{ marginTop: 12 }}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
