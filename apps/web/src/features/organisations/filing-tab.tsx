import type { Organisation } from '@shegong/contracts';
import { isFilingEditable } from '@shegong/core';
import { Col, Row } from 'antd';
import { FilingDescriptions } from './filing-descriptions.tsx';
import { FilingForm } from './filing-form.tsx';
import { FilingProgress } from './filing-progress.tsx';

/** 备案信息: the form while the organisation may still change it, the record otherwise; the review trail beside. */
export function FilingTab({ organisation }: { organisation: Organisation }) {
  const editable = organisation.allowedActions.includes('update') && isFilingEditable(organisation.filingStatus);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={15}>
        {editable ? <FilingForm organisation={organisation} /> : <FilingDescriptions organisation={organisation} />}
      </Col>
      <Col xs={24} xl={9}>
        <FilingProgress organisation={organisation} />
      </Col>
    </Row>
  );
}
