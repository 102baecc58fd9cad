// Edits the whole list of registered titles: for each line, a person of the unit (individual titles) or the
// unit itself or one of its units (collective titles), the title, and a note.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import type { RegistrationView } from '../../../../contracts/registrations';
import type { AwardKindCode } from '../../../../domain/regimes/types';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { reportFormError, validated } from '../../../lib/form-errors';
import { subjectPeopleQuery, useReplaceLines } from '../api/registrations-api';

interface Line {
  subjectKind: 'individual' | 'collective';
  personId?: string | null;
  unitId?: string | null;
  awardKind?: AwardKindCode;
  note?: string | null;
}

/** A person of the registering unit (or its units), searched by name. */
function PersonSelect({
  id,
  unitId,
  value,
  onChange,
  known,
}: {
  /** Set by Form.Item so that the field's label points at this control. */
  id?: string;
  unitId: string;
  value?: string | null;
  onChange?: (v: string) => void;
  known: Map<string, string>;
}) {
  const [q, setQ] = useState('');
  const query = useQuery(subjectPeopleQuery(unitId, q));
  const options = (query.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.fullName}${p.current ? ` — ${p.current.unitName}` : ''}`,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: known.get(value) ?? 'Cá nhân đã chọn' });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      loading={query.isFetching}
      placeholder="Gõ họ tên (có thể không dấu)"
      notFoundContent="Không tìm thấy cá nhân của đơn vị"
    />
  );
}

export function LinesEditorModal({
  registration,
  onClose,
}: {
  registration: RegistrationView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ lines: Line[] }>();
  const save = useReplaceLines(registration.id);
  const { message } = App.useApp();
  const kinds = useQuery(awardKindOptionsQuery(`${registration.year}-12-31`));
  const titles = (kinds.data ?? []).filter((k) => k.category === 'title');
  const known = new Map(registration.lines.map((l) => [l.subject.id, l.subject.name]));
  const initial: Line[] = registration.lines.map((l) => ({
    subjectKind: l.subjectKind,
    personId: l.subjectKind === 'individual' ? l.subject.id : null,
    unitId: l.subjectKind === 'collective' ? l.subject.id : null,
    awardKind: l.awardKind,
    note: l.note,
  }));

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const lines = (values.lines ?? []).map((l) => ({
      subjectKind: l.subjectKind,
      personId: l.subjectKind === 'individual' ? (l.personId ?? null) : null,
      unitId: l.subjectKind === 'collective' ? (l.unitId ?? null) : null,
      awardKind: l.awardKind!,
      note: l.note || null,
    }));
    save.mutate(
      { version: registration.version, lines },
      {
        onSuccess: () => {
          message.success('Đã lưu danh sách đăng ký');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={1000}
      title={`Danh sách đăng ký thi đua năm ${registration.year} — ${registration.unit.name}`}
      okText="Lưu danh sách"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Mỗi dòng là một danh hiệu thi đua đăng ký cho một cá nhân của đơn vị hoặc cho tập thể (chính đơn vị
        hoặc đơn vị trực thuộc). Chỉ đăng ký danh hiệu thi đua của chế độ áp dụng năm {registration.year}.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ lines: initial }}>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Form.Item
                  key={field.key}
                  noStyle
                  shouldUpdate={(a, b) =>
                    a.lines?.[field.name]?.subjectKind !== b.lines?.[field.name]?.subjectKind
                  }
                >
                  {() => {
                    const kind: Line['subjectKind'] =
                      form.getFieldValue(['lines', field.name, 'subjectKind']) ?? 'individual';
                    return (
                      <Row gutter={8} align="top">
                        <Col xs={24} md={4}>
                          <Form.Item
                            name={[field.name, 'subjectKind']}
                            label={field.name === 0 ? 'Đối tượng' : ''}
                          >
                            <Radio.Group
                              optionType="button"
                              size="small"
                              options={[
                                { value: 'individual', label: 'Cá nhân' },
                                { value: 'collective', label: 'Tập thể' },
                              ]}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          {kind === 'individual' ? (
                            <Form.Item
                              name={[field.name, 'personId']}
                              label={field.name === 0 ? 'Cá nhân / tập thể' : ''}
                              rules={[{ required: true, message: 'Chọn cá nhân' }]}
                            >
                              <PersonSelect unitId={registration.unit.id} known={known} />
                            </Form.Item>
                          ) : (
                            <Form.Item
                              name={[field.name, 'unitId']}
                              label={field.name === 0 ? 'Cá nhân / tập thể' : ''}
                              rules={[{ required: true, message: 'Chọn tập thể' }]}
                            >
                              <UnitTreeSelect includeClosed />
                            </Form.Item>
                          )}
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[field.name, 'awardKind']}
                            label={field.name === 0 ? 'Danh hiệu' : ''}
                            rules={[{ required: true, message: 'Chọn danh hiệu' }]}
                          >
                            <Select
                              options={kindsFor(titles, kind).map((k) => ({
                                value: k.value,
                                label: k.label,
                              }))}
                              loading={kinds.isPending}
                              placeholder="Chọn danh hiệu"
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={20} md={5}>
                          <Form.Item name={[field.name, 'note']} label={field.name === 0 ? 'Ghi chú' : ''}>
                            <Input maxLength={500} />
                          </Form.Item>
                        </Col>
                        <Col xs={4} md={1}>
                          <Form.Item label={field.name === 0 ? ' ' : ''}>
                            <Button
                              type="text"
                              danger
                              aria-label="Xóa dòng"
                              icon={<DeleteOutlined />}
                              onClick={() => remove(field.name)}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                    );
                  }}
                </Form.Item>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ subjectKind: 'individual' })}>
                Thêm dòng
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
