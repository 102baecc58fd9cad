// Which award kinds an authority publishes for comment: those the law requires (read-only), and those its
// administrator adds, each with its period in working days.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Form, InputNumber, List, Row, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { AWARD_KIND_CODES, type AwardKindCode } from '../../../../domain/regimes/types';
import { kindName } from '../../../../domain/eligibility/text';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { settingsQuery, useSaveSettings } from '../api/disclosures-api';

interface Values {
  kinds: { awardKind: AwardKindCode; days: number }[];
}

const KIND_OPTIONS = AWARD_KIND_CODES.map((c) => ({ value: c, label: kindName(c) }));

export function SettingsCard() {
  const [unitId, setUnitId] = useState<string | null>(null);
  const query = useQuery(settingsQuery(unitId));
  const save = useSaveSettings();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  useEffect(() => {
    if (query.data)
      form.setFieldsValue({
        kinds: query.data.kinds.map((k) => ({ awardKind: k.awardKind as AwardKindCode, days: k.days })),
      });
  }, [query.data, form]);
  const submit = async () => {
    const values = await validated(form);
    if (!values || !unitId) return;
    save.mutate(
      { authorityUnitId: unitId, kinds: values.kinds ?? [] },
      {
        onSuccess: () => message.success('Đã lưu loại khen thưởng phải công khai'),
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  const editable = query.data?.can.update ?? false;
  return (
    <Card>
      <Typography.Paragraph>
        Chọn cơ quan có thẩm quyền khen thưởng để xem các loại khen thưởng phải công khai lấy ý kiến trước khi
        Hội đồng bỏ phiếu.
      </Typography.Paragraph>
      <UnitTreeSelect
        value={unitId}
        onChange={(v) => setUnitId(v as string | null)}
        placeholder="Chọn cơ quan"
        style={{ width: 420 }}
      />
      {query.data ? (
        <Row gutter={24} style={{ marginTop: 16 }}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>Theo quy định của pháp luật</Typography.Title>
            <List
              size="small"
              dataSource={query.data.byLaw}
              renderItem={(k) => (
                <List.Item>
                  <List.Item.Meta title={k.name} description={k.text} />
                </List.Item>
              )}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>Cơ quan chọn thêm</Typography.Title>
            <Form form={form} layout="vertical" disabled={!editable}>
              <Form.List name="kinds">
                {(fields, { add, remove }) => (
                  <>
                    {fields.length === 0 ? <Empty description="Chưa chọn thêm loại nào" /> : null}
                    {fields.map((field) => (
                      <Row key={field.key} gutter={8}>
                        <Col flex="auto">
                          <Form.Item
                            name={[field.name, 'awardKind']}
                            rules={[{ required: true, message: 'Chọn loại' }]}
                          >
                            <Select showSearch={{ optionFilterProp: 'label' }} options={KIND_OPTIONS} />
                          </Form.Item>
                        </Col>
                        <Col>
                          <Form.Item
                            name={[field.name, 'days']}
                            rules={[{ required: true, message: 'Nhập số ngày' }]}
                          >
                            <InputNumber min={1} max={60} suffix="ngày làm việc" style={{ width: 170 }} />
                          </Form.Item>
                        </Col>
                        <Col>
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label="Bỏ"
                            onClick={() => remove(field.name)}
                          />
                        </Col>
                      </Row>
                    ))}
                    {editable ? (
                      <Button icon={<PlusOutlined />} onClick={() => add({ days: 10 })}>
                        Thêm loại khen thưởng
                      </Button>
                    ) : null}
                  </>
                )}
              </Form.List>
            </Form>
            {editable ? (
              <Button
                type="primary"
                style={{ marginTop: 12 }}
                loading={save.isPending}
                onClick={() => void submit()}
              >
                Lưu
              </Button>
            ) : (
              <Typography.Text type="secondary">
                Chỉ quản trị hệ thống của cơ quan được thay đổi.
              </Typography.Text>
            )}
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
