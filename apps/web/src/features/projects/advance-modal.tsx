import { type Project, ProjectTransition } from '@shegong/contracts';
import { nextProjectStatus } from '@shegong/core';
import { Alert, Form, Input } from 'antd';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { type TransitionBody, useAdvanceProject } from './projects-api.ts';

type Values = { comment?: string };

/** 推进: moves the project one status on, with an optional comment kept in its history. */
export function AdvanceModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const t = useT();
  const advance = useAdvanceProject();
  const next = nextProjectStatus(project.status);
  const to = next ? t(`projectStatus.${next}`) : '';
  return (
    <FormModal<Values, TransitionBody>
      open={open}
      title={t('projects.advanceTo', { status: to })}
      onClose={onClose}
      schema={ProjectTransition}
      toBody={(values) => ({ ...compact(values), version: project.version })}
      send={(body) => advance.mutateAsync({ id: project.id, body })}
      successText={t('projects.advanced', { status: to })}
      okText={t('projects.advance')}
      testId="advance-modal"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('projects.advanceHint', { from: t(`projectStatus.${project.status}`), to })}
      />
      <Form.Item name="comment" label={t('label.comment')}>
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('projects.advanceCommentPlaceholder')}
          data-testid="advance-comment"
        />
      </Form.Item>
    </FormModal>
  );
}
