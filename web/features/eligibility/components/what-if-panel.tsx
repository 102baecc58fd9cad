// The what-if check: a request and an inline history (typed in, or loaded from a person's or a unit's record
// and tweaked) → the explained verdict; beside it, the reward-money calculator.
import { CloudDownloadOutlined, ReloadOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Tag } from 'antd';
import { useRef, useState } from 'react';
import type { VerdictView as VerdictData } from '../../../../contracts/eligibility';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { toNamePath, validated } from '../../../lib/form-errors';
import { type SubjectEvaluateBody, useEvaluateInline } from '../api/eligibility-api';
import { HistoryEditor } from './history-editor';
import { type LoadedSubject, LoadHistoryModal } from './load-history-modal';
import { MoneyCalculator } from './money-calculator';
import { RequestFields } from './request-fields';
import { VerdictView } from './verdict-view';
import {
  EXAMPLE_BODY,
  historyToRows,
  type InlineEvaluateBody,
  toEvaluateBody,
  valuesFromBody,
  type WhatIfValues,
} from './what-if-values';

/** Server field paths ("history.memberStats.0.ldttShare") → the form's ("memberStats.0.ldttPercent"). */
function formField(path: string): string {
  return path
    .replace(/^history\./, '')
    .replace(/ldttShare$/, 'ldttPercent')
    .replace(/completedShare$/, 'completedPercent');
}

export function WhatIfPanel() {
  const [form] = Form.useForm<WhatIfValues>();
  const [loading, setLoading] = useState(false);
  const [source, setSource] = useState<string | null>(null);
  const [result, setResult] = useState<{ verdict: VerdictData; year: number; asOf: string } | null>(null);
  const [stale, setStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const evaluate = useEvaluateInline();
  const { message } = App.useApp();
  const subjectKind = Form.useWatch(['request', 'subjectKind'], form) ?? 'individual';
  const year = Form.useWatch(['request', 'year'], form) ?? EXAMPLE_BODY.request.year;
  const kinds = useQuery(awardKindOptionsQuery(`${Math.max(Number(year) || 2017, 2017)}-12-31`));

  /** Evaluates a body and shows the verdict (scrolled into view when it is below the form). */
  const submit = (body: InlineEvaluateBody | SubjectEvaluateBody) =>
    evaluate.mutate(body, {
      onSuccess: (verdict) => {
        setResult({ verdict, year: body.request.year, asOf: body.asOf });
        setStale(false);
        const box = resultRef.current?.getBoundingClientRect();
        if (box && box.top > window.innerHeight - 120) {
          resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        }
      },
      onError: (error) => {
        if (error instanceof ApiError && Object.keys(error.fields).length) {
          const fields = Object.entries(error.fields).map(([name, text]) => ({
            name: toNamePath(formField(name)),
            errors: [text],
          }));
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
        }
      },
    });

  const run = async () => {
    if (!(await validated(form))) return;
    // All values, also those without a field of their own (record ids) or on a hidden tab.
    submit(toEvaluateBody(form.getFieldsValue(true) as WhatIfValues));
  };

  // The record's own verdict first (POST with subjectId); the rows are then there to be tweaked.
  const loaded = ({ subjectId, subjectName, history }: LoadedSubject) => {
    form.setFieldsValue(historyToRows(history));
    // A unit's own regulations apply to its record; keep them for the tweaked checks too.
    if (subjectKind === 'collective') form.setFieldValue('unitId', subjectId);
    setSource(subjectName);
    setLoading(false);
    message.success(`Đã lấy dữ liệu của ${subjectName}; có thể điều chỉnh rồi bấm “Xét điều kiện”`);
    const { request, asOf } = toEvaluateBody(form.getFieldsValue(true) as WhatIfValues);
    submit({ subjectId, subjectKind: request.subjectKind, request, asOf });
  };

  const reset = () => {
    form.setFieldsValue(valuesFromBody(EXAMPLE_BODY));
    setSource(null);
    setStale(true);
  };

  const history = (
    <Card
      title="Dữ liệu quá trình"
      extra={
        <Flex gap={8} wrap>
          <Button
            icon={<CloudDownloadOutlined />}
            onClick={() => setLoading(true)}
            data-testid="load-history"
          >
            {subjectKind === 'collective' ? 'Lấy từ hồ sơ đơn vị' : 'Lấy từ hồ sơ cá nhân'}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={reset}>
            Dữ liệu mẫu
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div>
          {source ? (
            <Tag color="blue">Lấy từ hồ sơ: {source} — đang chỉnh thử, dữ liệu gốc không thay đổi</Tag>
          ) : (
            <Tag>Dữ liệu nhập tay</Tag>
          )}
        </div>
        <HistoryEditor subjectKind={subjectKind} kindOptions={kinds.data ?? []} />
      </Flex>
    </Card>
  );

  const outcome = (
    <Card title="Kết quả xét" data-testid="what-if-result">
      <ErrorAlert error={evaluate.error} title="Không xét được" />
      {result ? (
        <Flex vertical gap={12}>
          {stale ? (
            <Alert
              type="info"
              showIcon
              title="Dữ liệu đã thay đổi — bấm “Xét điều kiện” để cập nhật kết quả."
            />
          ) : null}
          <div style={{ opacity: stale ? 0.6 : 1 }}>
            <VerdictView
              verdict={result.verdict}
              context={{ year: result.year, asOf: result.asOf, subjectName: source ?? undefined }}
            />
          </div>
        </Flex>
      ) : (
        <EmptyState description="Chọn danh hiệu, nhập hoặc lấy dữ liệu quá trình rồi bấm “Xét điều kiện”." />
      )}
    </Card>
  );

  return (
    <Flex vertical gap={16}>
      <Form
        form={form}
        layout="vertical"
        initialValues={valuesFromBody(EXAMPLE_BODY)}
        onValuesChange={() => setStale(true)}
        data-testid="what-if-form"
      >
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card title="Nội dung cần xét">
              <RequestFields kinds={kindsFor(kinds.data, subjectKind)} loading={kinds.isPending} />
            </Card>
          </Col>
          <Col xs={24} xxl={12}>
            <Flex vertical gap={16}>
              {history}
              <Button
                type="primary"
                size="large"
                icon={<ThunderboltOutlined />}
                loading={evaluate.isPending}
                onClick={() => void run()}
                data-testid="what-if-evaluate"
              >
                Xét điều kiện
              </Button>
            </Flex>
          </Col>
          <Col xs={24} xxl={12} ref={resultRef}>
            {outcome}
          </Col>
        </Row>
      </Form>
      <MoneyCalculator />
      {loading ? (
        <LoadHistoryModal subjectKind={subjectKind} onLoaded={loaded} onClose={() => setLoading(false)} />
      ) : null}
    </Flex>
  );
}
