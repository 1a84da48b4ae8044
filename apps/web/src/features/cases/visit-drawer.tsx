import { type CaseDetail, type CaseNote, CaseNoteInput, CaseNoteUpdate } from '@shegong/contracts';
import { mayRecordNote } from '@shegong/core';
import { App, Button, Drawer, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAddNote, useUpdateNote } from './cases-api.ts';
import { VisitFields } from './visit-fields.tsx';

type Values = Omit<Partial<CaseNoteInput>, 'occurredOn'> & { occurredOn?: Dayjs };
type Props = { detail: CaseDetail; open: boolean; note?: CaseNote | null; onClose: () => void };

/** 记录探访: one compact form, full screen on a phone, that writes the visit and its ledger row. */
export function VisitDrawer({ detail, open, note, onClose }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const add = useAddNote();
  const update = useUpdateNote();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (note)
      form.setFieldsValue({
        ...note,
        mode: note.mode ?? undefined,
        place: note.place ?? undefined,
        durationMinutes: note.durationMinutes ?? undefined,
        serviceType: note.serviceType ?? undefined,
        occurredOn: dayjs(note.occurredOn),
      });
    else
      form.setFieldsValue({
        kind: mayRecordNote(detail.stage, 'visit') ? 'visit' : 'note',
        occurredOn: dayjs(),
        mode: 'home_visit',
        durationMinutes: 30,
      });
  }, [open, note, detail.stage, form]);

  const submit = ({ occurredOn, ...v }: Values) => {
    const delivered = v.kind === 'visit' || v.kind === 'service';
    const fields = compact({
      ...v,
      occurredOn: occurredOn?.format('YYYY-MM-DD'),
      mode: delivered ? v.mode : undefined,
      place: delivered ? v.place : undefined,
      durationMinutes: delivered ? v.durationMinutes : undefined,
      serviceType: v.kind === 'service' || v.kind === 'resource' ? v.serviceType : undefined,
    });
    const done = () => {
      message.success(t(note ? 'cases.noteSaved' : 'cases.noteAdded', { kind: t(`case.noteKind.${v.kind ?? 'note'}`) }));
      onClose();
    };
    const failed = (e: unknown) => {
      showError(e, form);
      if (isVersionConflict(e)) onClose();
    };
    if (note) {
      const body = parseForm(CaseNoteUpdate, { ...fields, version: note.version }, form, t);
      if (body) update.mutate({ id: note.id, body }, { onSuccess: done, onError: failed });
      return;
    }
    const body = parseForm(CaseNoteInput, fields, form, t);
    if (body) add.mutate({ caseId: detail.id, body }, { onSuccess: done, onError: failed });
  };

  return (
    <Drawer
      title={note ? t('cases.editNote') : t('cases.recordTitle', { name: detail.clientName })}
      open={open}
      onClose={onClose}
      placement={isMobile ? 'bottom' : 'right'}
      size={isMobile ? '100%' : 560}
      destroyOnHidden
      className="sg-visit-drawer"
      data-testid="visit-drawer"
      footer={
        <Button
          type="primary"
          size="large"
          block
          loading={add.isPending || update.isPending}
          onClick={() => form.submit()}
          data-testid="visit-submit"
        >
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="visit-form">
        <VisitFields stage={detail.stage} />
      </Form>
    </Drawer>
  );
}
