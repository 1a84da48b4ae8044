import type { GroupDetail } from '@shegong/contracts';
import { groupAcceptsEvaluation } from '@shegong/core';
import { Alert, App, Button, Empty, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useGroupEvaluation } from './groups-api.ts';

/** 评估: written in the ending phase, before the group is closed. */
export function GroupEvaluation({ group: g }: { group: GroupDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useGroupEvaluation();
  const [text, setText] = useState(g.evaluation ?? '');
  const editable = g.allowedActions.includes('manage') && groupAcceptsEvaluation(g.phase);
  if (!editable)
    return g.evaluation ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="group-evaluation">
        {g.evaluation}
      </Typography.Paragraph>
    ) : (
      <Empty description={t('groups.evaluationLater')} />
    );
  return (
    <Flex vertical gap={12} data-testid="group-evaluation">
      <Alert type="info" showIcon title={t('groups.evaluationHint', { held: g.sessionsHeld, planned: g.plannedSessions })} />
      <Input.TextArea
        rows={8}
        maxLength={5000}
        showCount
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="group-evaluation-text"
      />
      <div>
        <Button
          type="primary"
          disabled={!text.trim()}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { id: g.id, evaluation: text.trim(), version: g.version },
              { onSuccess: () => message.success(t('groups.evaluationSaved')), onError: (e) => showError(e) },
            )
          }
          data-testid="group-evaluation-save"
        >
          {t('common.save')}
        </Button>
      </div>
    </Flex>
  );
}
