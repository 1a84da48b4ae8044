import { type Project, ProjectCreate, ProjectUpdate } from '@shegong/contracts';
import { App, Button, Drawer, Form, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useMe } from '../../app/auth/me-context.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { BudgetLinesField, plannedShare } from './budget-lines-field.tsx';
import { ProjectFields } from './project-fields.tsx';
import { createBody, newProjectValues, type ProjectValues, projectValues, updateBody } from './project-form-values.ts';
import { pct } from './project-labels.tsx';
import { useCreateProject, usePersonnelMinimum, useUpdateProject } from './projects-api.ts';
import { TargetsField } from './targets-field.tsx';

type Props = { open: boolean; project?: Project | null; onClose: () => void; onSaved?: (project: Project) => void };

/**
 * 新建 / 编辑购买服务项目 (buyers): the contract with its budget lines and targets. The personnel
 * rule is checked live and once more before saving.
 */
export function ProjectDrawer({ open, project, onClose, onSaved }: Props) {
  const t = useT();
  const me = useMe();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<ProjectValues>();
  const create = useCreateProject();
  const update = useUpdateProject();
  const minimum = usePersonnelMinimum();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(project ? projectValues(project) : newProjectValues(me.scope.regionCode, t));
  }, [open, project, form, me.scope.regionCode, t]);

  const done = (saved: Project) => {
    message.success(project ? t('common.saved', { name: saved.name }) : t('projects.created', { name: saved.name }));
    onClose();
    onSaved?.(saved);
  };
  const failed = (error: unknown) => {
    showError(error, form);
    if (isVersionConflict(error)) onClose();
  };

  const parse = (values: ProjectValues): (() => void) | null => {
    if (project) {
      const body = parseForm(ProjectUpdate, updateBody(values, project.version), form, t);
      return body ? () => update.mutate({ id: project.id, body }, { onSuccess: done, onError: failed }) : null;
    }
    const body = parseForm(ProjectCreate, createBody(values), form, t);
    return body ? () => create.mutate(body, { onSuccess: done, onError: failed }) : null;
  };

  const submit = (values: ProjectValues) => {
    const send = parse(values);
    if (!send) return;
    const share = plannedShare(values.budgetLines, minimum);
    if (!share.isBelow) return send();
    modal.confirm({
      title: t('projects.personnelConfirmTitle'),
      content: t('projects.personnelConfirm', { share: pct(share.share), minimum: pct(minimum, 0) }),
      okText: t('projects.saveAnyway'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'personnel-confirm-ok' } as object) },
      cancelText: t('projects.backToBudget'),
      onOk: send,
    });
  };

  return (
    <Drawer
      title={project ? t('projects.edit') : t('projects.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 800}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="project-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="project-form">
        <ProjectFields form={form} project={project ?? null} />
        <Typography.Title level={5} className="sg-form-section">
          {t('label.budgetLines')}
        </Typography.Title>
        <BudgetLinesField form={form} minimum={minimum} />
        <Typography.Title level={5} className="sg-form-section">
          {t('label.targets')}
        </Typography.Title>
        <TargetsField form={form} />
      </Form>
    </Drawer>
  );
}
