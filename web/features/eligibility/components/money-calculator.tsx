// Reward money: award kind + subject kind + decision date → amount (coefficient × base pay in force on the
// decision date, rounded up to 10,000 đồng), in figures and in words, with its basis.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Descriptions, Flex, Form, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SUBJECT_KIND_LABELS, SUBJECT_KINDS } from '../../../../contracts/history-enums';
import type { AwardKindCode, SubjectKind } from '../../../../domain/regimes/types';
import { ErrorAlert } from '../../../components/error-alert';
import { LegalBasisText } from '../../../components/legal-basis';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { DATE_FORMAT, formatDate, formatMoney, formatNumber, toIsoDate } from '../../../lib/format';
import { moneyQuery } from '../api/eligibility-api';

interface Values {
  awardKind?: AwardKindCode;
  subjectKind: SubjectKind;
  decisionDate: Dayjs | null;
}

export function MoneyCalculator() {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const decisionDate = toIsoDate(values?.decisionDate) ?? '';
  const subjectKind = values?.subjectKind ?? 'individual';
  const kinds = useQuery({ ...awardKindOptionsQuery(decisionDate), enabled: decisionDate >= '2017-10-01' });
  const ready = !!values?.awardKind && decisionDate !== '';
  const money = useQuery({
    ...moneyQuery({ awardKind: values?.awardKind ?? 'LDTT', subjectKind, decisionDate }),
    enabled: ready,
  });
  const m = money.data;
  return (
    <Card title="Tính tiền thưởng" data-testid="money-calculator">
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ subjectKind: 'individual', decisionDate: dayjs(), awardKind: 'CSTDCS' }}
          >
            <Form.Item name="awardKind" label="Danh hiệu, hình thức">
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={kinds.isFetching}
                options={kindsFor(kinds.data, subjectKind)}
                data-testid="money-kind"
              />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item name="subjectKind" label="Đối tượng">
                <Radio.Group
                  optionType="button"
                  options={SUBJECT_KINDS.map((s) => ({ value: s, label: SUBJECT_KIND_LABELS[s] }))}
                />
              </Form.Item>
              <Form.Item name="decisionDate" label="Ngày quyết định khen thưởng">
                <DatePicker format={DATE_FORMAT} allowClear={false} />
              </Form.Item>
            </Flex>
          </Form>
        </Col>
        <Col xs={24} lg={14}>
          <ErrorAlert error={money.error} title="Không tính được tiền thưởng" />
          {m ? (
            <Flex vertical gap={8} data-testid="money-result">
              <Typography.Title level={3} style={{ margin: 0, color: '#1557a0' }} data-testid="money-amount">
                {formatMoney(m.amount)}
              </Typography.Title>
              <Typography.Text italic data-testid="money-words">
                Bằng chữ: {m.words}
              </Typography.Text>
              {m.isCap ? (
                <Alert
                  type="info"
                  showIcon
                  title="Đây là mức tối đa; cơ quan ban hành quyết định mức cụ thể."
                />
              ) : null}
              {m.assumption ? (
                <Alert
                  type="warning"
                  showIcon
                  title="Giả định — chưa xác minh"
                  description="Hệ số hoặc mức lương cơ sở này chưa được kiểm chứng với văn bản gốc; cần đối chiếu trước khi ban hành quyết định."
                />
              ) : null}
              {m.note ? <Typography.Text type="secondary">{m.note}</Typography.Text> : null}
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label="Hệ số">
                  {formatNumber(m.coefficient)} × mức lương cơ sở
                </Descriptions.Item>
                <Descriptions.Item label="Mức lương cơ sở">
                  {formatMoney(m.basePay)} (áp dụng ngày {formatDate(decisionDate)})
                </Descriptions.Item>
                <Descriptions.Item label="Cách tính">
                  {formatNumber(m.coefficient)} × {formatMoney(m.basePay)} ={' '}
                  {formatMoney(Math.round(m.coefficient * m.basePay))}, làm tròn lên bội số của 10.000 đ
                </Descriptions.Item>
                <Descriptions.Item label="Căn cứ">
                  <Flex vertical gap={4}>
                    {m.basis.map((b, i) => (
                      <LegalBasisText key={i} basis={b} />
                    ))}
                  </Flex>
                </Descriptions.Item>
              </Descriptions>
            </Flex>
          ) : null}
        </Col>
      </Row>
    </Card>
  );
}
