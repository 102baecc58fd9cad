// Creates or corrects an exemplary model: the subject (a person or unit of the lists, or a name outside them),
// category, field, title, story, who recognised it, media links and propagation activities.
import { App, Button, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  MODEL_CATEGORIES,
  MODEL_CATEGORY_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_FIELDS,
  type ActivityKind,
  type ModelCategory,
  type ModelField,
  type ModelSubjectKind,
  type ModelView,
} from '../../../../contracts/models';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreateModel, useUpdateModel } from '../api/models-api';
import { ActivitiesFields, LinksFields } from './model-list-fields';
import { MovementPicker } from './movement-picker';
import { PersonPicker } from './person-picker';

type Source = 'list' | 'free';

interface Values {
  ownerUnitId: string;
  subjectKind: ModelSubjectKind;
  source: Source;
  personId?: string | null;
  unitId?: string | null;
  subjectName?: string | null;
  subjectDescription?: string | null;
  category: ModelCategory;
  field: ModelField;
  title: string;
  story?: string | null;
  recognizedBy?: string | null;
  recognizedByUnitId?: string | null;
  recognizedOn?: Dayjs | null;
  recognitionDocument?: string | null;
  movementId?: string | null;
  links?: { title: string; url: string }[];
  activities?: { kind: ActivityKind; heldOn: Dayjs; partner?: string | null; note?: string | null }[];
}

interface ModelFormModalProps {
  model: ModelView | null;
  onClose: () => void;
}

export function ModelFormModal({ model, onClose }: ModelFormModalProps) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('subjectKind', form) ?? model?.subject.kind ?? 'individual';
  const source = Form.useWatch('source', form) ?? (model?.subject.source === 'free' ? 'free' : 'list');
  const create = useCreateModel();
  const update = useUpdateModel(model?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [keepUnit, setKeepUnit] = useState(model?.subject.source === 'unit');
  const initial = useMemo(
    () => ({
      ownerUnitId: model?.ownerUnit.id,
      subjectKind: model?.subject.kind ?? 'individual',
      source: model?.subject.source === 'free' ? 'free' : 'list',
      personId: model?.subject.source === 'person' ? model.subject.id : null,
      unitId: model?.subject.source === 'unit' ? model.subject.id : null,
      subjectName: model?.subject.source === 'free' ? model.subject.name : null,
      subjectDescription: model?.subjectDescription,
      category: model?.category,
      field: model?.field,
      title: model?.title,
      story: model?.story?.split('\n').join('\n\n'),
      recognizedBy: model?.recognizedBy,
      recognizedByUnitId: model?.recognizedByUnit?.id ?? null,
      recognizedOn: fromIsoDate(model?.recognizedOn),
      recognitionDocument: model?.recognitionDocument,
      movementId: model?.movementId ?? null,
      links: model?.links ?? [],
      activities: (model?.activities ?? []).map((a) => ({ ...a, heldOn: fromIsoDate(a.heldOn) })),
    }),
    [model],
  );

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const inList = v.source === 'list';
    const fields = {
      subjectKind: v.subjectKind,
      personId: inList && v.subjectKind === 'individual' ? (v.personId ?? null) : null,
      unitId:
        inList && v.subjectKind === 'collective'
          ? keepUnit
            ? (model?.subject.id ?? null)
            : (v.unitId ?? null)
          : null,
      subjectName: inList ? null : v.subjectName || null,
      subjectDescription: v.subjectDescription || null,
      category: v.category,
      field: v.field,
      title: v.title,
      story: v.story || null,
      recognizedBy: v.recognizedBy || null,
      recognizedByUnitId: v.recognizedByUnitId ?? null,
      recognizedOn: toIsoDate(v.recognizedOn),
      recognitionDocument: v.recognitionDocument || null,
      movementId: v.movementId ?? null,
      links: (v.links ?? []).map((l) => ({ title: l.title, url: l.url })),
      activities: (v.activities ?? []).map((a) => ({
        kind: a.kind,
        heldOn: toIsoDate(a.heldOn) ?? '',
        partner: a.partner || null,
        note: a.note || null,
      })),
    };
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (model) {
      update.mutate(
        { ...fields, version: model.version },
        {
          onSuccess: () => {
            message.success('Đã lưu điển hình');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...fields, ownerUnitId: v.ownerUnitId },
        {
          onSuccess: (created) => {
            message.success('Đã ghi nhận điển hình');
            onClose();
            void navigate(`/dien-hinh-tien-tien/${created.id}`);
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      width={980}
      title={model ? 'Sửa điển hình' : 'Ghi nhận điển hình tiên tiến'}
      okText={model ? 'Lưu' : 'Ghi nhận'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="ownerUnitId"
              label="Đơn vị quản lý"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
              extra="Cán bộ thi đua, khen thưởng của đơn vị này cập nhật và công bố điển hình."
            >
              <UnitTreeSelect includeClosed disabled={!!model} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="subjectKind" label="Đối tượng">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'individual', label: 'Cá nhân' },
                  { value: 'collective', label: 'Tập thể' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="source" label="Nguồn">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'list', label: 'Trong danh sách' },
                  { value: 'free', label: 'Ngoài danh sách' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {source === 'free' ? (
              <Form.Item
                name="subjectName"
                label={kind === 'individual' ? 'Họ và tên' : 'Tên tập thể'}
                rules={[{ required: true, min: 2, message: 'Nhập tên đối tượng' }]}
                extra="Người dân, hộ gia đình, tổ hợp tác … chưa có trong danh sách cá nhân, đơn vị."
              >
                <Input maxLength={200} />
              </Form.Item>
            ) : kind === 'individual' ? (
              <Form.Item
                name="personId"
                label="Cá nhân"
                rules={[{ required: true, message: 'Chọn cá nhân' }]}
              >
                <PersonPicker
                  initialName={model?.subject.source === 'person' ? model.subject.name : undefined}
                />
              </Form.Item>
            ) : keepUnit ? (
              // The unit kept from before may have left the user's tree since (e.g. moved to a new commune).
              <Form.Item label="Tập thể (đơn vị)">
                <Space.Compact style={{ width: '100%' }}>
                  <Input value={model?.subject.name} disabled />
                  <Button onClick={() => setKeepUnit(false)}>Chọn đơn vị khác</Button>
                </Space.Compact>
              </Form.Item>
            ) : (
              <Form.Item
                name="unitId"
                label="Tập thể (đơn vị)"
                rules={[{ required: true, message: 'Chọn đơn vị' }]}
              >
                <UnitTreeSelect includeClosed />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="subjectDescription"
              label="Giới thiệu đối tượng (hiện trên trang công khai)"
              extra={
                kind === 'individual' && source === 'list'
                  ? 'Để trống: lấy chức vụ, đơn vị của cá nhân tại ngày công nhận.'
                  : undefined
              }
            >
              <Input maxLength={300} placeholder="Nông dân thôn Trung Nam, xã Cẩm Bình" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="category"
              label="Loại điển hình"
              rules={[{ required: true, message: 'Chọn loại' }]}
            >
              <Select
                options={MODEL_CATEGORIES.map((c) => ({ value: c, label: MODEL_CATEGORY_LABELS[c] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực' }]}>
              <Select options={MODEL_FIELDS.map((f) => ({ value: f, label: MODEL_FIELD_LABELS[f] }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="title"
              label="Tên điển hình"
              rules={[{ required: true, min: 3, message: 'Nhập tên' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="story"
              label="Nội dung giới thiệu"
              extra="Mỗi dòng là một đoạn. Cần ít nhất 50 ký tự để công bố."
            >
              <Input.TextArea rows={6} maxLength={30000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="recognizedBy" label="Cấp công nhận, biểu dương">
              <Input maxLength={300} placeholder="Chủ tịch UBND huyện Cẩm Xuyên" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="recognizedByUnitId" label="Đơn vị công nhận (trong danh sách)">
              <UnitTreeSelect includeClosed />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="recognizedOn" label="Ngày công nhận">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="recognitionDocument" label="Văn bản công nhận">
              <Input maxLength={500} placeholder="Quyết định số …/QĐ-UBND ngày … của Chủ tịch UBND huyện" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="movementId" label="Phong trào thi đua (nếu có)">
              <MovementPicker initial={model?.movement ?? null} />
            </Form.Item>
          </Col>
        </Row>
        <LinksFields />
        <ActivitiesFields />
      </Form>
    </Modal>
  );
}
