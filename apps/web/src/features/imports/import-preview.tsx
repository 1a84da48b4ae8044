import { DownloadOutlined } from '@ant-design/icons';
import type { ImportStatus } from '@shegong/contracts';
import { isMessageKey } from '@shegong/core';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { type TFunction, useT } from '../../app/i18n/i18n-context.tsx';
import { downloadErrorRows } from './imports-api.ts';

type Problem = ImportStatus['problems'][number];

/** The field a column was read into, worded like the form label where there is one. */
function fieldLabel(t: TFunction, key: string): string {
  for (const label of [`label.${key}`, `label.${key}Id`]) if (isMessageKey(label)) return t(label);
  const own = t(`imports.field.${key}` as Parameters<TFunction>[0]);
  return own.startsWith('imports.field.') ? key : own;
}

/** Step 3: what was understood of the sheet and what will not be imported, before anything is written. */
export function ImportPreview({ status, name }: { status: ImportStatus; name: string }) {
  const t = useT();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const mapping = Object.entries(status.mapping).map(([key, header]) => ({ key, header, field: fieldLabel(t, key) }));
  const errors = async () => {
    setBusy(true);
    await downloadErrorRows(status.id, t('imports.errorsName', { name })).catch(showError);
    setBusy(false);
  };

  return (
    <Flex vertical gap={16} data-testid="import-preview">
      <Row gutter={12}>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('imports.total')} value={status.totalRows} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('imports.accepted')} value={status.acceptedRows} styles={{ content: { color: '#389e0d' } }} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('imports.rejected')}
              value={status.rejectedRows}
              styles={{ content: { color: status.rejectedRows ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
      </Row>
      <Alert
        type="info"
        showIcon
        title={t('imports.headerRow', { row: status.headerRow ?? '—', file: status.fileName })}
        description={
          <Flex wrap gap={6} style={{ marginTop: 4 }}>
            {mapping.map((m) => (
              <Tag key={m.key} color="blue">
                {m.header} → {m.field}
              </Tag>
            ))}
          </Flex>
        }
      />
      {status.unmapped.length > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('imports.unmapped')}</Typography.Text>
          {status.unmapped.map((h) => (
            <Tag key={h} color="orange">
              {h || '—'}
            </Tag>
          ))}
        </div>
      ) : null}
      {status.rejectedRows > 0 ? (
        <Card
          size="small"
          title={t('imports.problems')}
          extra={
            <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={errors} data-testid="import-errors">
              {t('imports.downloadErrors')}
            </Button>
          }
        >
          <Table<Problem>
            size="small"
            rowKey="rowNumber"
            dataSource={status.problems}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('imports.rowNumber'), dataIndex: 'rowNumber', width: 80 },
              {
                title: t('imports.messages'),
                dataIndex: 'messages',
                render: (messages: string[]) => (
                  <Flex vertical>
                    {messages.map((m) => (
                      <Typography.Text key={m} type="danger">
                        {m}
                      </Typography.Text>
                    ))}
                  </Flex>
                ),
              },
            ]}
            data-testid="import-problems"
          />
          {status.rejectedRows > status.problems.length ? (
            <Typography.Text type="secondary">{t('imports.problemsTruncated', { shown: status.problems.length })}</Typography.Text>
          ) : null}
        </Card>
      ) : (
        <Alert type="success" showIcon title={t('imports.allGood')} />
      )}
      {status.acceptedRows === 0 ? <Alert type="warning" showIcon title={t('imports.nothingToImport')} /> : null}
    </Flex>
  );
}
