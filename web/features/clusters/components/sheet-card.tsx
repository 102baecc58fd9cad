// The score sheet: criteria groups with their criteria and maxima, bonus items (with the bonus cap) and penalty
// items; the organiser edits the whole sheet in one form (items keep their scores when kept).
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Divider, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import type { GroupView, SheetItemView } from '../../../../contracts/clusters';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useReplaceSheet } from '../api/clusters-api';
import { formatPoints } from './labels';

interface ItemValues {
  id?: string;
  title: string;
  maxPoints: number;
  guidance?: string | null;
}

interface SheetValues {
  bonusCap?: number | null;
  sections: { id?: string; title: string; criteria: ItemValues[] }[];
  bonus: ItemValues[];
  penalties: ItemValues[];
}

const toValues = (i: SheetItemView): ItemValues => ({
  id: i.id,
  title: i.title,
  maxPoints: i.maxPoints,
  guidance: i.guidance,
});

/** Rows of items (title, maximum, guidance) inside a Form.List at `name`. */
function ItemList({
  name,
  maxLabel,
  addLabel,
}: {
  name: (string | number)[];
  maxLabel: string;
  addLabel: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row key={field.key} gutter={8}>
              <Col xs={24} md={12}>
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[{ required: true, min: 2, message: 'Nhập nội dung' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input placeholder="Nội dung" maxLength={1000} />
                </Form.Item>
              </Col>
              <Col xs={10} md={4}>
                <Form.Item
                  name={[field.name, 'maxPoints']}
                  rules={[{ required: true, message: 'Nhập điểm' }]}
                  style={{ marginBottom: 8 }}
                >
                  <InputNumber
                    min={0}
                    max={1000}
                    step={1}
                    decimalSeparator=","
                    placeholder={maxLabel}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={7}>
                <Form.Item name={[field.name, 'guidance']} style={{ marginBottom: 8 }}>
                  <Input placeholder="Cách chấm, minh chứng" maxLength={2000} />
                </Form.Item>
              </Col>
              <Col xs={2} md={1}>
                <Button
                  type="text"
                  danger
                  aria-label="Xóa"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ maxPoints: 1 })}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function SheetModal({ group, onClose }: { group: GroupView; onClose: () => void }) {
  const [form] = Form.useForm<SheetValues>();
  const save = useReplaceSheet(group.id);
  const { message } = App.useApp();
  const s = group.sheet;
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    save.mutate(
      {
        version: group.version,
        bonusCap: v.bonusCap ?? null,
        sections: (v.sections ?? []).map((x) => ({ ...x, criteria: x.criteria ?? [] })),
        bonus: v.bonus ?? [],
        penalties: v.penalties ?? [],
      },
      {
        onSuccess: () => {
          message.success('Đã lưu bảng điểm');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={980}
      title="Bảng tiêu chí chấm điểm"
      okText="Lưu bảng điểm"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Bỏ một mục khỏi bảng sẽ xóa điểm đã chấm của mục đó. Không hạ được điểm tối đa xuống dưới điểm đã
        chấm.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          bonusCap: s.bonusCap,
          sections: s.sections.map((x) => ({ id: x.id, title: x.title, criteria: x.criteria.map(toValues) })),
          bonus: s.bonus.map(toValues),
          penalties: s.penalties.map(toValues),
        }}
      >
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ required: true, min: 2, message: 'Nhập tên nhóm tiêu chí' }]}
                      style={{ margin: 0 }}
                    >
                      <Input
                        placeholder="Tên nhóm tiêu chí, ví dụ: I. Thực hiện nhiệm vụ chính trị"
                        maxLength={500}
                      />
                    </Form.Item>
                  }
                  extra={
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      Xóa nhóm
                    </Button>
                  }
                >
                  <ItemList name={[field.name, 'criteria']} maxLabel="Điểm tối đa" addLabel="Thêm tiêu chí" />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ criteria: [] })}>
                Thêm nhóm tiêu chí
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">Điểm thưởng</Divider>
        <Form.Item name="bonusCap" label="Tổng điểm thưởng tối đa (để trống nếu không giới hạn)">
          <InputNumber min={0} max={1000} step={1} decimalSeparator="," style={{ width: 200 }} />
        </Form.Item>
        <ItemList name={['bonus']} maxLabel="Điểm tối đa" addLabel="Thêm mục điểm thưởng" />
        <Divider titlePlacement="start">Điểm trừ</Divider>
        <ItemList name={['penalties']} maxLabel="Mức trừ tối đa" addLabel="Thêm mục điểm trừ" />
      </Form>
    </Modal>
  );
}

function ItemRows({ items, prefix }: { items: SheetItemView[]; prefix?: string }) {
  return (
    <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
      {items.map((i, n) => (
        <li key={i.id}>
          {prefix ? `${prefix}${n + 1}. ` : ''}
          {i.title} — <b>{formatPoints(i.maxPoints)}</b> điểm
          {i.guidance ? <Typography.Text type="secondary"> ({i.guidance})</Typography.Text> : null}
        </li>
      ))}
    </ul>
  );
}

export function SheetCard({ group }: { group: GroupView }) {
  const [editing, setEditing] = useState(false);
  const s = group.sheet;
  const empty = s.sections.length === 0 && s.bonus.length === 0 && s.penalties.length === 0;
  return (
    <Card
      size="small"
      title={`Bảng điểm (tiêu chí tối đa ${formatPoints(s.criteriaMax)} điểm)`}
      extra={
        group.can.editSheet ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Sửa bảng điểm
          </Button>
        ) : null
      }
    >
      {empty ? <Typography.Text type="secondary">Chưa có tiêu chí chấm điểm.</Typography.Text> : null}
      {s.sections.map((sec) => (
        <div key={sec.id}>
          <b>
            {sec.title} ({formatPoints(sec.maxPoints)} điểm)
          </b>
          <ItemRows items={sec.criteria} />
        </div>
      ))}
      {s.bonus.length > 0 ? (
        <div>
          <b>Điểm thưởng{s.bonusCap !== null ? ` (tổng tối đa ${formatPoints(s.bonusCap)} điểm)` : ''}</b>
          <ItemRows items={s.bonus} />
        </div>
      ) : null}
      {s.penalties.length > 0 ? (
        <div>
          <b>Điểm trừ</b>
          <ItemRows items={s.penalties} />
        </div>
      ) : null}
      {editing ? <SheetModal group={group} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
