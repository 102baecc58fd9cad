// Creates a report request: the asking unit, the period, the deadline, the request document and the units asked
// (picked from the tree, or all units directly under the asking unit in one click). A request document not yet in
// the register is entered on the spot (the documents form) and picked.
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentView } from '../../../contracts/documents';
import type { UnitTreeNode } from '../../../contracts/units';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { reportFormError, validated } from '../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/format';
import { useMe } from '../../lib/session';
import { flattenTree, unitTreeQuery } from '../../lib/unit-tree';
import { DocumentFormModal } from '../documents/components/document-form-modal';
import { DocumentPicker } from '../documents/components/document-picker';
import { useCreateRequest } from './api';

interface Values {
  requesterUnitId: string;
  title: string;
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
  deadline: Dayjs | null;
  documentId?: string | null;
  content?: string | null;
  targetUnitIds: string[];
}

const MANAGERS = ['admin', 'officer', 'specialist'];

export function RequestFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRequest();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useMe().data;
  const tree = useQuery(unitTreeQuery({ includeClosed: true }));
  const year = new Date().getFullYear();
  const initial = useMemo(
    () => ({
      requesterUnitId: me?.user.roles.find((r) => MANAGERS.includes(r.role))?.unitId,
      title: `Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm ${year}`,
      periodFrom: fromIsoDate(`${year}-01-01`),
      periodTo: fromIsoDate(`${year}-06-30`),
      targetUnitIds: [],
    }),
    [me, year],
  );
  const requesterId = Form.useWatch('requesterUnitId', form);
  const [enteringDocument, setEnteringDocument] = useState(false);
  const [enteredDocument, setEnteredDocument] = useState<DocumentView | null>(null);
  const today = toIsoDate(dayjs()) ?? '';

  /** Every unit directly under the asking unit that is open today or was during the period. */
  const chooseChildren = (level?: string) => {
    const nodes = flattenTree(tree.data?.roots ?? []);
    const requester = nodes.find((n) => n.id === requesterId);
    if (!requester) return;
    const below: UnitTreeNode[] = [];
    const walk = (list: readonly UnitTreeNode[]) => {
      for (const n of list) {
        if (level ? n.level === level && n.kind === 'district' : true) below.push(n);
        else if (level) walk(n.children);
      }
    };
    if (level) walk(requester.children);
    else below.push(...requester.children);
    const from = toIsoDate(form.getFieldValue('periodFrom'));
    form.setFieldValue(
      'targetUnitIds',
      below.filter((n) => !from || !n.validTo || n.validTo >= from).map((n) => n.id),
    );
  };

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    create.mutate(
      {
        requesterUnitId: values.requesterUnitId,
        title: values.title,
        periodFrom: toIsoDate(values.periodFrom) ?? '',
        periodTo: toIsoDate(values.periodTo) ?? '',
        deadline: toIsoDate(values.deadline) ?? '',
        documentId: values.documentId ?? null,
        content: values.content || null,
        targetUnitIds: values.targetUnitIds,
      },
      {
        onSuccess: (created) => {
          message.success('Đã gửi yêu cầu báo cáo');
          onClose();
          void navigate(`/bao-cao/yeu-cau/${created.id}`);
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title="Yêu cầu báo cáo"
      okText="Gửi yêu cầu"
      cancelText="Hủy"
      confirmLoading={create.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          name="requesterUnitId"
          label="Đơn vị yêu cầu báo cáo"
          rules={[{ required: true, message: 'Chọn đơn vị yêu cầu báo cáo' }]}
        >
          <UnitTreeSelect includeClosed />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên báo cáo yêu cầu"
          rules={[{ required: true, message: 'Nhập tên báo cáo' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="periodFrom"
              label="Kỳ báo cáo từ ngày"
              rules={[{ required: true, message: 'Chọn ngày' }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="periodTo" label="Đến ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="deadline"
              label="Hạn gửi báo cáo"
              rules={[
                { required: true, message: 'Chọn hạn gửi' },
                {
                  warningOnly: true,
                  validator: (_, value: Dayjs | null) =>
                    value && (toIsoDate(value) ?? '') < today
                      ? Promise.reject(new Error('Hạn gửi đã qua: đơn vị gửi từ nay được tính là gửi muộn'))
                      : Promise.resolve(),
                },
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="documentId"
          label="Văn bản yêu cầu"
          extra={
            <Space size={4} wrap style={{ marginTop: 4 }}>
              <span>Văn bản đã vào sổ văn bản, ví dụ Văn bản số 253/BTĐKT-THHC ngày 31/5/2023.</span>
              <Button size="small" onClick={() => setEnteringDocument(true)}>
                Nhập văn bản mới vào sổ
              </Button>
            </Space>
          }
        >
          <DocumentPicker
            initial={
              enteredDocument ? { id: enteredDocument.id, reference: enteredDocument.reference } : null
            }
          />
        </Form.Item>
        <Form.Item
          name="targetUnitIds"
          label="Đơn vị được yêu cầu báo cáo"
          rules={[{ required: true, message: 'Chọn ít nhất một đơn vị được yêu cầu báo cáo' }]}
          extra={
            <Space size={4} style={{ marginTop: 4 }}>
              <Button size="small" disabled={!requesterId} onClick={() => chooseChildren('district')}>
                Tất cả huyện
              </Button>
              <Button size="small" disabled={!requesterId} onClick={() => chooseChildren()}>
                Tất cả đơn vị trực thuộc
              </Button>
            </Space>
          }
        >
          <UnitTreeSelect multiple includeClosed treeCheckable={false} />
        </Form.Item>
        <Form.Item name="content" label="Nội dung yêu cầu">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
      {enteringDocument ? (
        <DocumentFormModal
          document={null}
          openAfterCreate={false}
          onClose={(created) => {
            setEnteringDocument(false);
            if (created) {
              setEnteredDocument(created);
              form.setFieldValue('documentId', created.id);
            }
          }}
        />
      ) : null}
    </Modal>
  );
}
