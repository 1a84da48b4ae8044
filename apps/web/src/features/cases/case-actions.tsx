import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import type { CaseAllowedAction, CaseDetail } from '@shegong/contracts';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import type { Decision } from './case-decision-modal.tsx';

export type CaseDialog = 'assess' | 'plan' | 'evaluate' | 'closure' | 'refer' | 'decline' | 'reopen' | Decision;

/** The steps the caller may take now (the server's allowedActions), the next one highlighted. */
export function CaseActions({ detail, onOpen }: { detail: CaseDetail; onOpen: (dialog: CaseDialog) => void }) {
  const t = useT();
  const allowed = new Set(detail.allowedActions);
  const buttons: ReactNode[] = [];
  const add = (
    action: CaseAllowedAction,
    dialog: CaseDialog,
    label: string,
    options: { primary?: boolean; danger?: boolean; icon?: ReactNode } = {},
  ) => {
    if (!allowed.has(action)) return;
    buttons.push(
      <Button
        key={action}
        type={options.primary ? 'primary' : 'default'}
        danger={options.danger}
        icon={options.icon}
        onClick={() => onOpen(dialog)}
        data-testid={`case-action-${action}`}
      >
        {label}
      </Button>,
    );
  };
  add('approve_plan', 'plan/approve', t('cases.approvePlan'), { primary: true, icon: <CheckOutlined /> });
  add('return_plan', 'plan/return', t('cases.returnPlan'), { danger: true, icon: <RollbackOutlined /> });
  add('approve_closure', 'closure/approve', t('cases.approveClosure'), { primary: true, icon: <CheckOutlined /> });
  add('return_closure', 'closure/return', t('cases.returnClosure'), { danger: true, icon: <RollbackOutlined /> });
  add('assess', 'assess', t(detail.assessment ? 'cases.reviseAssessment' : 'cases.doAssessment'), {
    primary: detail.stage === 'intake',
    icon: <EditOutlined />,
  });
  add('submit_plan', 'plan', t(detail.approval === 'returned' ? 'cases.resubmitPlan' : 'cases.doPlan'), {
    primary: true,
    icon: <EditOutlined />,
  });
  add('evaluate', 'evaluate', t(detail.evaluation ? 'cases.reviseEvaluation' : 'cases.doEvaluation'), {
    primary: detail.stage === 'intervention' ? false : !detail.evaluation,
    icon: <EditOutlined />,
  });
  add('request_closure', 'closure', t('cases.requestClosure'), { primary: Boolean(detail.evaluation) });
  add('decline', 'decline', t('cases.decline'), { danger: true, icon: <StopOutlined /> });
  add('refer', 'refer', t('cases.refer'), { icon: <SendOutlined /> });
  add('reopen', 'reopen', t('cases.reopen'));
  if (buttons.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="case-actions">
      {buttons}
    </Flex>
  );
}
