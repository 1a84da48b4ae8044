import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n/i18n-context.tsx';
import { ApiError } from './client.ts';

/**
 * Shows a failed call the way the server worded it: the message as a toast, field errors on the
 * form, and a reload prompt for a version conflict. A 401 is handled globally (back to login).
 */
export function useApiError() {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const t = useT();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!(error instanceof ApiError)) {
        message.error(t('common.unknownError'));
        return;
      }
      if (error.status === 401) return;
      if (error.code === 'version_conflict') {
        modal.warning({
          title: t('common.versionConflictTitle'),
          content: error.message,
          okText: t('common.reload'),
          onOk: () => client.invalidateQueries(),
        });
        return;
      }
      if (form && error.fields.length > 0) {
        form.setFields(error.fields.map((f) => ({ name: f.path.split('.')[0] ?? f.path, errors: [f.message] })));
      }
      message.error(error.message);
    },
    [message, modal, client, t],
  );
}
