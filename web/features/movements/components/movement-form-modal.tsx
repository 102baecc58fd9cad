// Enters or corrects a movement: its names, kind, the movement above, who launched it (a unit of ours or an
// authority outside), period, participating units, documents with their role, activities.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { AuthorityLevel } from '../../../../contracts/documents';
import type { DocumentRole, MovementKind, MovementView } from '../../../../contracts/movements';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreateMovement, useUpdateMovement } from '../api/movements-api';
import { KIND_OPTIONS, LEVEL_OPTIONS, ROLE_OPTIONS } from './labels';
import { DocumentSelect, ParentPicker } from './pickers';

interface Values {
  name: string;
  nameVariants?: string[];
  kind: MovementKind;
  parentId?: string | null;
  launchedByUs: 'ours' | 'outside';
  launchingUnitId?: string | null;
  unitId?: string | null;
  authorityName?: string | null;
  authorityLevel?: AuthorityLevel | null;
  periodMode: 'year' | 'dates' | 'none';
  year?: number | null;
  period?: [Dayjs | null, Dayjs | null] | null;
  launchedOn?: Dayjs | null;
  description?: string | null;
  activities?: string | null;
  note?: string | null;
  participantUnitIds?: string[];
  documents?: { documentId: string | null; role: DocumentRole }[];
}

interface MovementFormModalProps {
  movement: MovementView | null;
  /** A new movement under this one (the "add a lower-level movement" button). */
  parent?: { id: string; name: string } | null;
  onClose: () => void;
}

/** The year of a whole-year period, else null. */
function wholeYear(from: string | null, to: string | null): number | null {
  if (from && to && from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`)
    return Number(from.slice(0, 4));
  return null;
}

export function MovementFormModal({ movement: m, parent, onClose }: MovementFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateMovement();
  const update = useUpdateMovement(m?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const launchedByUs = Form.useWatch('launchedByUs', form);
  const periodMode = Form.useWatch('periodMode', form);
  const initial = useMemo<Values>(() => {
    const year = m ? wholeYear(m.periodFrom, m.periodTo) : null;
    return {
      name: m?.name ?? '',
      nameVariants: m?.nameVariants ?? [],
      kind: m?.kind ?? 'thematic',
      parentId: m?.parentId ?? parent?.id ?? null,
      launchedByUs: m && !m.launchingUnit ? 'outside' : 'ours',
      launchingUnitId: m?.launchingUnit?.id ?? null,
      unitId: m?.unit.id ?? null,
      authorityName: m?.authorityName,
      authorityLevel: m?.authorityLevel,
      periodMode: year ? 'year' : m?.periodFrom || m?.periodTo ? 'dates' : m ? 'none' : 'year',
      year: year ?? (m ? null : new Date().getFullYear()),
      period: [fromIsoDate(m?.periodFrom), fromIsoDate(m?.periodTo)],
      launchedOn: fromIsoDate(m?.launchedOn),
      description: m?.description,
      activities: m?.activities.join('\n'),
      note: m?.note,
      participantUnitIds: m?.participants.map((p) => p.id) ?? [],
      documents: m?.documents.map((d) => ({ documentId: d.id, role: d.role })) ?? [],
    };
  }, [m, parent]);
  const parentInitial = m?.ancestors.at(-1) ?? parent ?? null;
  const docLabels = new Map(m?.documents.map((d) => [d.id, d.reference]) ?? []);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const period =
      v.periodMode === 'year'
        ? { year: v.year ?? null, periodFrom: null, periodTo: null }
        : v.periodMode === 'dates'
          ? { year: null, periodFrom: toIsoDate(v.period?.[0]), periodTo: toIsoDate(v.period?.[1]) }
          : { year: null, periodFrom: null, periodTo: null };
    const fields = {
      name: v.name,
      nameVariants: (v.nameVariants ?? []).filter((x) => x.trim().length >= 3),
      kind: v.kind,
      parentId: v.parentId || null,
      authorityName: v.authorityName || null,
      authorityLevel: v.authorityLevel ?? null,
      launchedOn: toIsoDate(v.launchedOn),
      description: v.description || null,
      activities: (v.activities ?? '')
        .split('\n')
        .map((a) => a.trim())
        .filter((a) => a.length >= 2),
      note: v.note || null,
      participantUnitIds: v.participantUnitIds ?? [],
      documents: (v.documents ?? [])
        .filter((d) => d.documentId)
        .map((d) => ({ documentId: d.documentId!, role: d.role })),
    };
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (m) {
      const { periodFrom, periodTo, year } = period;
      update.mutate(
        { ...fields, version: m.version, ...(year ? { year } : { periodFrom, periodTo }) },
        {
          onSuccess: () => {
            message.success('Đã lưu phong trào');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      {
        ...fields,
        ...period,
        launchingUnitId: v.launchedByUs === 'ours' ? v.launchingUnitId : null,
        unitId: v.launchedByUs === 'outside' ? v.unitId : null,
      },
      {
        onSuccess: (created) => {
          message.success('Đã thêm phong trào');
          onClose();
          void navigate(`/phong-trao/${created.id}`);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      width={900}
      title={
        m
          ? 'Sửa phong trào thi đua'
          : parent
            ? `Thêm phong trào cấp dưới của “${parent.name}”`
            : 'Thêm phong trào thi đua'
      }
      okText={m ? 'Lưu' : 'Thêm phong trào'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="name"
              label="Tên phong trào"
              rules={[{ required: true, min: 3, message: 'Nhập tên phong trào' }]}
            >
              <Input maxLength={500} placeholder="Doanh nghiệp Việt Nam hội nhập và phát triển" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="nameVariants"
              label="Tên gọi khác"
              extra="Tên trong các văn bản khác; gõ rồi nhấn Enter."
            >
              <Select mode="tags" open={false} tokenSeparators={['\n']} placeholder="Tên gọi khác (nếu có)" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Chọn loại' }]}>
              <Select options={KIND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="parentId"
              label="Phong trào cấp trên"
              extra="Phong trào của cấp trên mà phong trào này triển khai."
            >
              <ParentPicker
                initial={parentInitial ? { id: parentInitial.id, label: parentInitial.name } : null}
                excludeId={m?.id}
              />
            </Form.Item>
          </Col>
          {!m ? (
            <>
              <Col xs={24} md={8}>
                <Form.Item name="launchedByUs" label="Cơ quan phát động">
                  <Radio.Group
                    options={[
                      { value: 'ours', label: 'Đơn vị trong hệ thống' },
                      { value: 'outside', label: 'Cơ quan bên ngoài' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                {launchedByUs === 'outside' ? (
                  <Form.Item
                    name="unitId"
                    label="Đơn vị theo dõi phong trào"
                    rules={[{ required: true, message: 'Chọn đơn vị theo dõi' }]}
                    extra="Ví dụ phong trào do Thủ tướng phát động, tỉnh theo dõi."
                  >
                    <UnitTreeSelect includeClosed />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="launchingUnitId"
                    label="Đơn vị phát động"
                    rules={[{ required: true, message: 'Chọn đơn vị phát động' }]}
                  >
                    <UnitTreeSelect includeClosed />
                  </Form.Item>
                )}
              </Col>
            </>
          ) : null}
          <Col xs={24} md={16}>
            <Form.Item
              name="authorityName"
              label="Tên cơ quan phát động"
              extra="Để trống: lấy tên đơn vị phát động."
            >
              <Input maxLength={300} placeholder="Thủ tướng Chính phủ, UBND tỉnh Hà Tĩnh …" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="authorityLevel" label="Cấp phát động">
              <Select allowClear options={LEVEL_OPTIONS} placeholder="Theo đơn vị phát động" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="periodMode" label="Thời gian">
              <Radio.Group
                options={[
                  { value: 'year', label: 'Năm' },
                  { value: 'dates', label: 'Từ – đến' },
                  { value: 'none', label: 'Chưa rõ' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {periodMode === 'year' ? (
              <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
                <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            ) : periodMode === 'dates' ? (
              <Form.Item name="period" label="Từ ngày – đến ngày">
                <DatePicker.RangePicker
                  format={DATE_FORMAT}
                  allowEmpty={[false, true]}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ) : null}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="launchedOn" label="Ngày phát động">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="participantUnitIds" label="Đơn vị tham gia">
              <UnitTreeSelect
                includeClosed
                multiple
                allowClear
                placeholder="Các đơn vị tham gia (nếu giới hạn)"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="Văn bản của phong trào" style={{ marginBottom: 8 }}>
              <Form.List name="documents">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((field) => {
                      const id = form.getFieldValue(['documents', field.name, 'documentId']) as string | null;
                      return (
                        <Flex key={field.key} gap={8} align="flex-start">
                          <Form.Item
                            name={[field.name, 'documentId']}
                            style={{ flex: 1, marginBottom: 0 }}
                            rules={[{ required: true, message: 'Chọn văn bản' }]}
                          >
                            <DocumentSelect
                              initial={id && docLabels.has(id) ? { id, label: docLabels.get(id)! } : null}
                            />
                          </Form.Item>
                          <Form.Item name={[field.name, 'role']} style={{ width: 260, marginBottom: 0 }}>
                            <Select options={ROLE_OPTIONS} />
                          </Form.Item>
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label="Bỏ văn bản"
                            onClick={() => remove(field.name)}
                          />
                        </Flex>
                      );
                    })}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ documentId: null, role: 'implementing' })}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      Thêm văn bản
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label="Mục đích, nội dung">
              <Input.TextArea maxLength={20000} autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="activities" label="Hoạt động đã triển khai" extra="Mỗi dòng một hoạt động.">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
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
