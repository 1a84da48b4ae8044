import { ArrowLeftOutlined, ArrowRightOutlined, EditOutlined } from '@ant-design/icons';
import type { Project } from '@shegong/contracts';
import { nextProjectStatus, PROJECT_STATUSES } from '@shegong/core';
import { Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { AdvanceModal } from './advance-modal.tsx';
import { ProjectDrawer } from './project-drawer.tsx';
import { PaceTag, ProjectStatusTag } from './project-labels.tsx';

/** Title, parties and period of a project, its place in the status flow and the buyer's 推进 button. */
export function ProjectHeader({ project: p }: { project: Project }) {
  const t = useT();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const [advancing, setAdvancing] = useState(false);
  const [editing, setEditing] = useState(false);
  const next = nextProjectStatus(p.status);
  const current = PROJECT_STATUSES.indexOf(p.status);
  const manage = p.allowedActions.includes('manage');
  const canAdvance = manage && next !== null;
  return (
    <Card data-testid="project-header">
      <Flex align="flex-start" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="project-name">
            {p.name}
          </Typography.Title>
          <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
            <ProjectStatusTag status={p.status} />
            <PaceTag pace={p.pace} />
            <Tag>
              <code>{p.code}</code>
            </Tag>
            {p.catalogueItemName ? <Tag color="geekblue">{p.catalogueItemName}</Tag> : null}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {manage && p.status !== 'closed' ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {canAdvance && next ? (
            <Button type="primary" icon={<ArrowRightOutlined />} onClick={() => setAdvancing(true)} data-testid="project-advance">
              {t('projects.advanceTo', { status: t(`projectStatus.${next}`) })}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Flex gap={24} wrap style={{ marginTop: 12, paddingInlineStart: 44 }} className="sg-facts">
        <Fact label={t('projects.buyer')} value={p.buyerName} />
        <Fact label={t('projects.provider')} value={p.organisationName} />
        <Fact label={t('label.stationIds')} value={p.stations.map((s) => s.name).join(locale === 'zh-CN' ? '、' : ', ')} />
        <Fact label={t('projects.period')} value={`${p.startsOn} ~ ${p.endsOn}`} />
        <Fact label={t('label.contractAmount')} value={money(p.contractAmount, locale)} />
      </Flex>
      <Steps
        size="small"
        current={current}
        status={p.status === 'closed' ? 'finish' : 'process'}
        items={PROJECT_STATUSES.map((s) => ({ title: t(`projectStatus.${s}`) }))}
        style={{ marginTop: 20 }}
        data-testid="project-steps"
      />
      <AdvanceModal project={p} open={advancing} onClose={() => setAdvancing(false)} />
      {manage ? <ProjectDrawer open={editing} project={p} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div style={{ minWidth: 0, maxWidth: 360 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {label}
      </Typography.Text>
      <Typography.Text ellipsis={{ tooltip: value }}>{value}</Typography.Text>
    </div>
  );
}
