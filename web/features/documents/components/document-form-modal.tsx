// Enters or corrects a document. The quick-entry field reads a reference as reports write it
// ("Kế hoạch số 3382/UBND-KH ngày 11/11/2022 của UBND huyện … về việc …") into type, number, date, issuer and
// summary; every field stays editable.
import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AuthorityLevel, DocumentType, DocumentView } from '../../../../contracts/documents';
import {
  DOCUMENT_TYPE_LABELS,
  formatDocumentDate,
  levelOfIssuer,
  parseDocumentReference,
} from '../../../../domain/documents';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreateDocument, useUpdateDocument } from '../api/documents-api';
import { DocumentPicker } from './document-picker';
import { LEVEL_OPTIONS, TYPE_OPTIONS } from './labels';

interface Values {
  unitId?: string;
  type: DocumentType;
  typeName?: string | null;
  numberSymbol?: string | null;
  issuedOn?: Dayjs | null;
  issuerName?: string | null;
  issuerUnitId?: string | null;
  issuerLevel?: AuthorityLevel | null;
  summary?: string | null;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  supersededById?: string | null;
  note?: string | null;
}

interface DocumentFormModalProps {
  document: DocumentView | null;
  /** Opens the new document's page after creating it (the list does; a picker does not). */
  openAfterCreate?: boolean;
  onClose: (created?: DocumentView) => void;
}

export function DocumentFormModal({ document, openAfterCreate = true, onClose }: DocumentFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument();
  const update = useUpdateDocument(document?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [quick, setQuick] = useState('');
  const [read, setRead] = useState<string | null>(null);
  const initial = useMemo<Values>(
    () => ({
      unitId: document?.unit.id,
      type: document?.type ?? 'ke_hoach',
      typeName: document?.typeName,
      numberSymbol: document?.numberSymbol,
      issuedOn: fromIsoDate(document?.issuedOn),
      issuerName: document?.issuerName,
      issuerUnitId: document?.issuerUnit?.id,
      issuerLevel: document?.issuerLevel,
      summary: document?.summary,
      effectiveFrom: fromIsoDate(document?.effectiveFrom),
      effectiveTo: fromIsoDate(document?.effectiveTo),
      supersededById: document?.supersededBy?.id,
      note: document?.note,
    }),
    [document],
  );

  /** Fills the fields the reference states; leaves the others as they are. */
  const applyQuick = (text: string) => {
    const parsed = parseDocumentReference(text);
    const patch: Partial<Values> = {};
    const seen: string[] = [];
    if (parsed.type) {
      patch.type = parsed.type;
      patch.typeName = parsed.typeName;
      seen.push(parsed.typeName ?? DOCUMENT_TYPE_LABELS[parsed.type]);
    }
    if (parsed.numberSymbol) {
      patch.numberSymbol = parsed.numberSymbol.text;
      seen.push(`số ${parsed.numberSymbol.text}`);
    }
    if (parsed.issuedOn) {
      patch.issuedOn = fromIsoDate(parsed.issuedOn);
      seen.push(`ngày ${formatDocumentDate(parsed.issuedOn)}`);
    }
    if (parsed.issuer) {
      patch.issuerName = parsed.issuer;
      patch.issuerLevel = levelOfIssuer(parsed.issuer) ?? form.getFieldValue('issuerLevel');
      seen.push(`của ${parsed.issuer}`);
    }
    if (parsed.summary) {
      patch.summary = parsed.summary;
      seen.push('trích yếu');
    }
    form.setFieldsValue(patch);
    setRead(
      seen.length ? `Đã điền: ${seen.join(', ')}` : 'Chưa đọc được thông tin nào, hãy nhập từng ô bên dưới',
    );
  };

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = {
      type: values.type,
      typeName: values.typeName || null,
      numberSymbol: values.numberSymbol || null,
      issuedOn: toIsoDate(values.issuedOn),
      issuerName: values.issuerName || null,
      issuerUnitId: values.issuerUnitId || null,
      issuerLevel: values.issuerLevel ?? null,
      summary: values.summary || null,
      effectiveFrom: toIsoDate(values.effectiveFrom),
      effectiveTo: toIsoDate(values.effectiveTo),
      supersededById: values.supersededById || null,
      note: values.note || null,
    };
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (document) {
      update.mutate(
        { ...fields, version: document.version },
        {
          onSuccess: () => {
            message.success('Đã lưu văn bản');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { ...fields, unitId: values.unitId! },
      {
        onSuccess: (created) => {
          message.success(`Đã nhập ${created.reference}`);
          onClose(created);
          if (openAfterCreate) void navigate(`/van-ban/${created.id}`);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title={document ? 'Sửa văn bản' : 'Nhập văn bản'}
      okText={document ? 'Lưu' : 'Nhập văn bản'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={() => onClose()}
    >
      {!document ? (
        <div style={{ marginBottom: 16 }}>
          <Input.Search
            value={quick}
            onChange={(e) => setQuick(e.target.value)}
            onSearch={applyQuick}
            enterButton={
              <span>
                <ThunderboltOutlined /> Điền nhanh
              </span>
            }
            placeholder="Dán trích dẫn, ví dụ: Kế hoạch số 3382/UBND-KH ngày 11/11/2022 của UBND huyện Cẩm Xuyên về việc …"
            aria-label="Điền nhanh từ trích dẫn văn bản"
          />
          {read ? <Alert type="info" showIcon title={read} style={{ marginTop: 8 }} /> : null}
        </div>
      ) : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          {!document ? (
            <Col span={24}>
              <Form.Item
                name="unitId"
                label="Sổ văn bản của đơn vị"
                rules={[{ required: true, message: 'Chọn đơn vị quản lý văn bản' }]}
                extra="Văn bản của cấp trên nên nhập vào sổ của đơn vị cao nhất bạn quản lý, để các đơn vị trực thuộc cùng tra cứu."
              >
                <UnitTreeSelect />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={12} md={6}>
            <Form.Item
              name="type"
              label="Loại văn bản"
              rules={[{ required: true, message: 'Chọn loại văn bản' }]}
            >
              <Select options={TYPE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="typeName"
              label="Tên loại như văn bản ghi"
              tooltip="Ví dụ báo cáo ghi “Văn bản số …” cho một công văn"
            >
              <Input maxLength={60} placeholder="(nếu khác)" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="numberSymbol" label="Số, ký hiệu">
              <Input maxLength={100} placeholder="3382/UBND-KH" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="issuedOn" label="Ngày ban hành">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuerName" label="Cơ quan ban hành">
              <Input maxLength={300} placeholder="UBND huyện Cẩm Xuyên" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="issuerLevel" label="Cấp ban hành">
              <Select allowClear options={LEVEL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="issuerUnitId" label="Đơn vị ban hành trong hệ thống">
              <UnitTreeSelect includeClosed allowClear placeholder="(nếu có)" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="summary"
              label="Trích yếu"
              extra="Văn bản không có số, ký hiệu (Luật, Chương trình …) ghi tên văn bản ở đây."
            >
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveFrom" label="Có hiệu lực từ">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveTo" label="Hết hiệu lực từ">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="supersededById" label="Được thay thế bởi văn bản">
              <DocumentPicker initial={document?.supersededBy} excludeId={document?.id} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
