import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Props = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  busy: boolean;
  okText?: string;
  testId: string;
  children: ReactNode;
};

/** The drawer each longer workflow form sits in (assessment, plan, evaluation), full screen on a phone. */
export function StepDrawer({ open, title, onClose, onSubmit, busy, okText, testId, children }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      destroyOnHidden
      data-testid={testId}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSubmit} data-testid={`${testId}-submit`}>
            {okText ?? t('common.submit')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
