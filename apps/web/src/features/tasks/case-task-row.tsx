import { FormOutlined, RightOutlined } from '@ant-design/icons';
import type { CaseStage } from '@shegong/core';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { StageTag } from '../cases/case-labels.tsx';

type Ref = { caseId: string; caseNo: string; clientName: string; stage: CaseStage; riskLevel: string; workerName: string | null };

/** A case to act on: who, which case, why it is here; one tap to record a visit or open it. */
export function CaseTaskRow({
  item,
  meta,
  danger,
  visit,
  showWorker,
}: {
  item: Ref;
  meta: ReactNode;
  danger?: boolean;
  visit?: boolean;
  showWorker?: boolean;
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }} data-testid="task-row">
      <Link to={`/cases/${item.caseId}`} style={{ minWidth: 0, flex: 1, color: 'inherit' }}>
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{item.clientName}</Typography.Text>
          <StageTag stage={item.stage} />
          {item.riskLevel === 'high' ? <Typography.Text type="danger">{t('case.riskLevel.high')}</Typography.Text> : null}
        </Flex>
        <Typography.Text type={danger ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>
          {meta}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.caseNo}
          {showWorker && item.workerName ? ` · ${item.workerName}` : ''}
        </Typography.Text>
      </Link>
      {visit ? (
        <Button
          type="primary"
          ghost
          icon={<FormOutlined />}
          onClick={() => navigate(`/cases/${item.caseId}?record=visit`)}
          data-testid="task-record-visit"
        >
          {t('today.visit')}
        </Button>
      ) : (
        <RightOutlined style={{ color: '#bfbfbf' }} />
      )}
    </Flex>
  );
}
