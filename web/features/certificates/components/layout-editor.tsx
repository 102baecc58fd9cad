// The layout editor: the blank's paper and printer offset, the authority's defaults, and every field to print
// (position in mm, font, size, style, alignment, text), with the live preview beside it drawn from the server's
// placement — the same numbers the PDF is printed from.
import { DeleteOutlined, FilePdfOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  Dropdown,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
  type InputNumberProps,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  ALIGNMENT_LABELS,
  ALIGNMENTS,
  CERTIFICATE_FIELD_KEYS,
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_PLACEHOLDERS,
  CertificateField,
  type CertificateFieldInput,
  type CertificateFieldKey,
  DEFAULT_TEMPLATES,
  FONT_FAMILIES,
  FONT_FAMILY_LABELS,
  type LayoutCreateInput,
  layoutProblems,
  type LayoutView,
  PAPER_SIZES,
  PAPERS,
  type Paper,
} from '../../../../contracts/certificates';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { ApiError, errorMessage } from '../../../lib/api';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { useMe } from '../../../lib/session';
import { previewQuery, printSample, useDeleteLayout, useSaveLayout } from '../api/certificates-api';
import { CertificatePreview } from './certificate-preview';

export type LayoutDraft = Omit<LayoutCreateInput, 'authorityUnitId'> & { authorityUnitId: string | null };

/** A starting point for a Giấy khen blank, A4 landscape: adjust each field to the blank's printed lines. */
export function newLayoutDraft(): LayoutDraft {
  return {
    authorityUnitId: null,
    name: '',
    awardKinds: ['GK'],
    paper: 'A4',
    pageWidthMm: 297,
    pageHeightMm: 210,
    offsetXMm: 0,
    offsetYMm: 0,
    placeName: '',
    signerTitle: '',
    signerName: '',
    fields: [
      { key: 'recipient_name', x: 60, y: 88, width: 177, size: 22, bold: true, italic: true },
      { key: 'recipient_line', x: 60, y: 100, width: 177, size: 14 },
      { key: 'achievement', x: 45, y: 114, width: 207, size: 15, italic: true, maxLines: 3 },
      { key: 'place_date', x: 160, y: 143, width: 115, size: 13, italic: true },
      { key: 'signer_title', x: 160, y: 151, width: 115, size: 13, bold: true },
      { key: 'signer_name', x: 160, y: 188, width: 115, size: 14, bold: true },
      { key: 'decision', x: 22, y: 188, width: 110, size: 11, align: 'left' },
      { key: 'qr', x: 25, y: 145, width: 25 },
    ],
  };
}

export function draftOf(view: LayoutView): LayoutDraft {
  return {
    authorityUnitId: view.authorityUnit.id,
    name: view.name,
    awardKinds: view.awardKinds as LayoutDraft['awardKinds'],
    paper: view.paper,
    pageWidthMm: view.pageWidthMm,
    pageHeightMm: view.pageHeightMm,
    offsetXMm: view.offsetXMm,
    offsetYMm: view.offsetYMm,
    placeName: view.placeName ?? '',
    signerTitle: view.signerTitle ?? '',
    signerName: view.signerName ?? '',
    fields: view.fields,
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

const num = (v: number | null, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** A full-width number box that always reports a number: an emptied box reports `fallback` (default: the value, else 0). */
function NumberBox({
  value,
  fallback = value ?? 0,
  onChange,
  ...rest
}: Omit<InputNumberProps<number>, 'value' | 'onChange' | 'style'> & {
  value: number | undefined;
  fallback?: number;
  onChange: (value: number) => void;
}) {
  return (
    <InputNumber<number>
      {...rest}
      value={value}
      onChange={(v) => onChange(num(v, fallback))}
      style={{ width: '100%' }}
    />
  );
}

interface EditorProps {
  layout: LayoutView | null;
  onSaved: (view: LayoutView) => void;
  onDeleted: () => void;
}

export function LayoutEditor({ layout, onSaved, onDeleted }: EditorProps) {
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const [draft, setDraft] = useState<LayoutDraft>(() => (layout ? draftOf(layout) : newLayoutDraft()));
  const [selected, setSelected] = useState<number | null>(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useSaveLayout(layout?.id ?? null);
  const remove = useDeleteLayout();
  const kinds = useQuery(awardKindOptionsQuery(new Date().toISOString().slice(0, 10)));
  const readOnly = layout !== null && !layout.can.update;

  const geometry = useMemo(
    () => ({
      paper: draft.paper ?? 'A4',
      pageWidthMm: draft.pageWidthMm,
      pageHeightMm: draft.pageHeightMm,
      offsetXMm: draft.offsetXMm ?? 0,
      offsetYMm: draft.offsetYMm ?? 0,
      placeName: draft.placeName || null,
      signerTitle: draft.signerTitle || null,
      signerName: draft.signerName || null,
      fields: draft.fields,
    }),
    [draft],
  );
  const parsedFields = useMemo(() => draft.fields.map((f) => CertificateField.safeParse(f)), [draft.fields]);
  const drawable = parsedFields.every((p) => p.success);
  const problems = useMemo(() => {
    if (!drawable) return { fields: 'Có trường chưa hợp lệ (cỡ chữ 6–72, độ rộng ≥ 5 mm)' };
    return layoutProblems({
      paper: geometry.paper,
      pageWidthMm: geometry.pageWidthMm,
      pageHeightMm: geometry.pageHeightMm,
      offsetXMm: geometry.offsetXMm,
      offsetYMm: geometry.offsetYMm,
      fields: parsedFields.map((p) => p.data!),
    });
  }, [parsedFields, drawable, geometry]);
  const debounced = useDebounced(geometry, 250);
  const valid = Object.keys(problems).length === 0;
  // The preview draws whatever can be drawn, a field off the sheet included, so a problem shows where it is.
  const preview = useQuery(previewQuery(drawable ? debounced : null));
  const placement = preview.data;

  const set = (patch: Partial<LayoutDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setField = (i: number, patch: Partial<CertificateFieldInput>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) }));
  const field = selected !== null ? draft.fields[selected] : undefined;
  const landscape = draft.pageWidthMm > draft.pageHeightMm;

  const setPaper = (paper: Paper, wantLandscape = landscape) => {
    if (paper === 'custom') return set({ paper });
    const size = PAPER_SIZES[paper];
    set({
      paper,
      pageWidthMm: wantLandscape ? size.height : size.width,
      pageHeightMm: wantLandscape ? size.width : size.height,
    });
  };

  const submit = async () => {
    setServerErrors({});
    try {
      const body = {
        name: draft.name,
        awardKinds: draft.awardKinds,
        paper: draft.paper,
        pageWidthMm: draft.pageWidthMm,
        pageHeightMm: draft.pageHeightMm,
        offsetXMm: draft.offsetXMm,
        offsetYMm: draft.offsetYMm,
        placeName: draft.placeName || null,
        signerTitle: draft.signerTitle || null,
        signerName: draft.signerName || null,
        fields: draft.fields,
      };
      const view = await save.mutateAsync(
        layout
          ? { ...body, version: layout.version }
          : { ...body, authorityUnitId: draft.authorityUnitId ?? '' },
      );
      message.success('Đã lưu mẫu in');
      setDraft(draftOf(view));
      onSaved(view);
    } catch (error) {
      if (error instanceof ApiError) setServerErrors(error.fields);
      message.error(errorMessage(error));
    }
  };

  const allErrors = { ...problems, ...serverErrors };
  const fieldError = (i: number) =>
    Object.entries(allErrors)
      .filter(([k]) => k.startsWith(`fields.${i}.`))
      .map(([, v]) => v);
  const canCreate = me?.user.roles.some((r) => r.role === 'admin' || r.role === 'specialist') ?? false;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={9}>
        <Card title="Thông tin mẫu in" size="small" style={{ marginBottom: 16 }}>
          <Form layout="vertical" disabled={readOnly} component="div">
            <Form.Item
              label="Tên mẫu"
              htmlFor="cl-name"
              required
              validateStatus={allErrors.name ? 'error' : undefined}
              help={allErrors.name}
            >
              <Input
                id="cl-name"
                value={draft.name}
                onChange={(e) => set({ name: e.target.value })}
                placeholder="Ví dụ: Giấy khen của Chủ tịch UBND huyện (phôi A4 ngang)"
                maxLength={200}
              />
            </Form.Item>
            <Form.Item
              label="Cơ quan khen thưởng (đơn vị có phôi này)"
              required
              validateStatus={allErrors.authorityUnitId ? 'error' : undefined}
              help={allErrors.authorityUnitId}
            >
              {layout ? (
                <Input value={layout.authorityUnit.name} disabled />
              ) : (
                <UnitTreeSelect
                  value={draft.authorityUnitId}
                  onChange={(v) => set({ authorityUnitId: (v as string | null) ?? null })}
                />
              )}
            </Form.Item>
            <Form.Item
              label="Dùng cho hình thức khen thưởng"
              help="Để trống: dùng cho mọi hình thức của cơ quan"
            >
              <Select
                mode="multiple"
                value={draft.awardKinds}
                onChange={(v) => set({ awardKinds: v })}
                options={kinds.data?.map((k) => ({ value: k.value, label: k.label }))}
                loading={kinds.isPending}
                placeholder="Mọi hình thức"
                optionFilterProp="label"
              />
            </Form.Item>
            <Row gutter={8}>
              <Col span={8}>
                <Form.Item label="Khổ giấy">
                  <Select
                    value={draft.paper}
                    onChange={(p) => setPaper(p)}
                    options={PAPERS.map((p) => ({ value: p, label: p === 'custom' ? 'Khổ khác' : p }))}
                  />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item label="Hướng giấy">
                  <Radio.Group
                    value={landscape ? 'landscape' : 'portrait'}
                    onChange={(e) => {
                      const wantLandscape = e.target.value === 'landscape';
                      if (wantLandscape === landscape) return;
                      set({ pageWidthMm: draft.pageHeightMm, pageHeightMm: draft.pageWidthMm });
                    }}
                    optionType="button"
                    options={[
                      { value: 'landscape', label: 'Ngang' },
                      { value: 'portrait', label: 'Dọc' },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item
                  label="Chiều rộng (mm)"
                  validateStatus={allErrors.pageWidthMm ? 'error' : undefined}
                  help={allErrors.pageWidthMm}
                >
                  <NumberBox
                    value={draft.pageWidthMm}
                    min={50}
                    max={1000}
                    disabled={draft.paper !== 'custom' || readOnly}
                    onChange={(pageWidthMm) => set({ pageWidthMm })}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Chiều cao (mm)">
                  <NumberBox
                    value={draft.pageHeightMm}
                    min={50}
                    max={1000}
                    disabled={draft.paper !== 'custom' || readOnly}
                    onChange={(pageHeightMm) => set({ pageHeightMm })}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item
                  label={
                    <Tooltip title="Máy in kéo giấy lệch? In thử, đo độ lệch rồi nhập vào đây: số dương dịch sang phải / xuống dưới">
                      Lệch máy in ngang (mm)
                    </Tooltip>
                  }
                >
                  <NumberBox
                    value={draft.offsetXMm}
                    min={-30}
                    max={30}
                    step={0.5}
                    fallback={0}
                    onChange={(offsetXMm) => set({ offsetXMm })}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Lệch máy in dọc (mm)">
                  <NumberBox
                    value={draft.offsetYMm}
                    min={-30}
                    max={30}
                    step={0.5}
                    fallback={0}
                    onChange={(offsetYMm) => set({ offsetYMm })}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              label="Địa danh ghi trên dòng ngày tháng"
              help="Dùng khi quyết định không ghi địa danh"
            >
              <Input
                value={draft.placeName ?? ''}
                onChange={(e) => set({ placeName: e.target.value })}
                placeholder="Cẩm Xuyên"
              />
            </Form.Item>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item label="Chức vụ người ký (mặc định)" help="Mỗi dòng một dòng in">
                  <Input.TextArea
                    value={draft.signerTitle ?? ''}
                    onChange={(e) => set({ signerTitle: e.target.value })}
                    autoSize={{ minRows: 2, maxRows: 3 }}
                    placeholder={'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Họ tên người ký (mặc định)">
                  <Input
                    value={draft.signerName ?? ''}
                    onChange={(e) => set({ signerName: e.target.value })}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>

        <Card
          title="Các trường cần in"
          size="small"
          extra={
            readOnly ? null : (
              <Dropdown
                menu={{
                  items: CERTIFICATE_FIELD_KEYS.map((k) => ({ key: k, label: CERTIFICATE_FIELD_LABELS[k] })),
                  onClick: ({ key }) => {
                    const k = key as CertificateFieldKey;
                    const added: CertificateFieldInput =
                      k === 'qr'
                        ? { key: k, x: 10, y: 10, width: 25 }
                        : {
                            key: k,
                            x: 20,
                            y: 30,
                            width: 120,
                            size: 14,
                            template: k === 'text' ? 'Nội dung' : '',
                          };
                    setDraft((d) => ({ ...d, fields: [...d.fields, added] }));
                    setSelected(draft.fields.length);
                  },
                }}
              >
                <Button size="small" icon={<PlusOutlined />}>
                  Thêm trường
                </Button>
              </Dropdown>
            )
          }
        >
          <Table
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={draft.fields.map((f, i) => ({ ...f, i }))}
            onRow={(r) => ({ onClick: () => setSelected(r.i), style: { cursor: 'pointer' } })}
            rowClassName={(r) => (r.i === selected ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: 'Trường',
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <span>{CERTIFICATE_FIELD_LABELS[r.key]}</span>
                    {fieldError(r.i).map((m) => (
                      <Typography.Text key={m} type="danger" style={{ fontSize: 12 }}>
                        {m}
                      </Typography.Text>
                    ))}
                    {placement?.overflow.includes(r.i) ? (
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        Chữ dài quá khung: đã thu nhỏ tối đa, cần nới rộng khung hoặc giảm cỡ chữ
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              { title: 'X', dataIndex: 'x', width: 56 },
              { title: 'Y', dataIndex: 'y', width: 56 },
              { title: 'Rộng', dataIndex: 'width', width: 60 },
              {
                title: 'Cỡ',
                width: 50,
                render: (_, r) => (r.key === 'qr' ? '—' : (r.size ?? 14)),
              },
            ]}
          />
          {field && selected !== null ? (
            <FieldForm
              field={field}
              readOnly={readOnly}
              onChange={(patch) => setField(selected, patch)}
              onRemove={() => {
                setDraft((d) => ({ ...d, fields: d.fields.filter((_, j) => j !== selected) }));
                setSelected(null);
              }}
            />
          ) : null}
        </Card>
      </Col>

      <Col xs={24} xl={15}>
        <div style={{ position: 'sticky', top: 16 }}>
          <Card
            size="small"
            title="Xem trước (đúng vị trí khi in)"
            extra={
              <Space>
                <Button
                  icon={<FilePdfOutlined />}
                  disabled={!valid}
                  onClick={() => {
                    printSample(geometry, me?.csrfToken ?? null).catch((e: unknown) =>
                      message.error(errorMessage(e)),
                    );
                  }}
                >
                  In thử (PDF)
                </Button>
                {readOnly ? null : (
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    loading={save.isPending}
                    disabled={!valid || (!layout && !canCreate)}
                    onClick={() => void submit()}
                  >
                    Lưu mẫu in
                  </Button>
                )}
              </Space>
            }
          >
            <CertificatePreview
              placement={placement}
              pageWidthMm={draft.pageWidthMm}
              pageHeightMm={draft.pageHeightMm}
              offsetXMm={draft.offsetXMm ?? 0}
              offsetYMm={draft.offsetYMm ?? 0}
              fields={draft.fields}
              selected={selected}
              onSelect={setSelected}
              onMove={readOnly ? undefined : (i, x, y) => setField(i, { x, y })}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              Số đo tính bằng milimét từ góc trên bên trái tờ phôi. Y của một dòng chữ là chân dòng chữ (dòng
              kẻ chấm trên phôi); Y của mã QR là cạnh trên. Kéo khung để di chuyển. Dữ liệu mẫu chỉ để xem
              trước. Khi in, chọn tỷ lệ 100% (kích thước thực), không chọn “vừa trang”.
            </Typography.Paragraph>
            {Object.keys(allErrors).length > 0 ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title="Mẫu in chưa hợp lệ"
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {[...new Set(Object.values(allErrors))].map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            {preview.error ? (
              <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorMessage(preview.error)} />
            ) : null}
          </Card>
          {layout?.can.delete ? (
            <Flex justify="flex-end" style={{ marginTop: 12 }}>
              <Popconfirm
                title="Xóa mẫu in này?"
                description="Giấy khen đã in không bị ảnh hưởng; không hoàn tác được."
                okText="Xóa"
                cancelText="Không"
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(layout).then(
                    () => {
                      message.success('Đã xóa mẫu in');
                      onDeleted();
                    },
                    (e: unknown) => message.error(errorMessage(e)),
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa mẫu in
                </Button>
              </Popconfirm>
            </Flex>
          ) : null}
        </div>
      </Col>
    </Row>
  );
}

function FieldForm({
  field,
  readOnly,
  onChange,
  onRemove,
}: {
  field: CertificateFieldInput;
  readOnly: boolean;
  onChange: (patch: Partial<CertificateFieldInput>) => void;
  onRemove: () => void;
}) {
  const qr = field.key === 'qr';
  return (
    <Card
      size="small"
      type="inner"
      style={{ marginTop: 12 }}
      title={`Trường: ${CERTIFICATE_FIELD_LABELS[field.key]}`}
      extra={
        readOnly ? null : (
          <Button size="small" danger type="text" icon={<DeleteOutlined />} onClick={onRemove}>
            Bỏ trường
          </Button>
        )
      }
    >
      <Form layout="vertical" disabled={readOnly} component="div">
        <Row gutter={8}>
          <Col span={8}>
            <Form.Item label="X (mm)" htmlFor="cf-x">
              <NumberBox id="cf-x" value={field.x} min={0} step={0.5} onChange={(x) => onChange({ x })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={qr ? 'Y cạnh trên (mm)' : 'Y chân chữ (mm)'} htmlFor="cf-y">
              <NumberBox id="cf-y" value={field.y} min={0} step={0.5} onChange={(y) => onChange({ y })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={qr ? 'Cạnh mã QR (mm)' : 'Độ rộng khung (mm)'} htmlFor="cf-width">
              <NumberBox
                id="cf-width"
                value={field.width}
                min={5}
                step={1}
                onChange={(width) => onChange({ width })}
              />
            </Form.Item>
          </Col>
        </Row>
        {qr ? (
          <Typography.Text type="secondary">
            Mã QR dẫn tới trang xác thực công khai của từng khen thưởng (/xac-thuc/…). Nên rộng 20–30 mm.
          </Typography.Text>
        ) : (
          <>
            <Row gutter={8}>
              <Col span={10}>
                <Form.Item label="Phông chữ">
                  <Select
                    value={field.font ?? 'serif'}
                    onChange={(font) => onChange({ font })}
                    options={FONT_FAMILIES.map((f) => ({ value: f, label: FONT_FAMILY_LABELS[f] }))}
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item label="Cỡ chữ">
                  <NumberBox
                    value={field.size ?? 14}
                    min={6}
                    max={72}
                    fallback={14}
                    onChange={(size) => onChange({ size })}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label="Căn lề">
                  <Radio.Group
                    value={field.align ?? 'center'}
                    onChange={(e) => onChange({ align: e.target.value as (typeof ALIGNMENTS)[number] })}
                    optionType="button"
                    size="small"
                    options={ALIGNMENTS.map((a) => ({ value: a, label: ALIGNMENT_LABELS[a] }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Space wrap style={{ marginBottom: 12 }}>
              <Checkbox checked={field.bold ?? false} onChange={(e) => onChange({ bold: e.target.checked })}>
                Đậm
              </Checkbox>
              <Checkbox
                checked={field.italic ?? false}
                onChange={(e) => onChange({ italic: e.target.checked })}
              >
                Nghiêng
              </Checkbox>
              <Checkbox
                checked={field.uppercase ?? false}
                onChange={(e) => onChange({ uppercase: e.target.checked })}
              >
                IN HOA
              </Checkbox>
              <span>
                Tối đa{' '}
                <InputNumber
                  size="small"
                  value={field.maxLines ?? 1}
                  min={1}
                  max={10}
                  onChange={(v) => onChange({ maxLines: num(v, 1) })}
                  style={{ width: 56 }}
                />{' '}
                dòng
              </span>
            </Space>
            <Form.Item
              label="Nội dung in"
              help={
                <span>
                  Để trống để in{' '}
                  {DEFAULT_TEMPLATES[field.key as Exclude<CertificateFieldKey, 'qr'>] || 'nội dung tự nhập'}.
                  Có thể dùng:{' '}
                  {Object.entries(CERTIFICATE_PLACEHOLDERS).map(([k, v]) => (
                    <Tooltip key={k} title={v}>
                      <Typography.Text code style={{ cursor: 'help' }}>{`{${k}}`}</Typography.Text>{' '}
                    </Tooltip>
                  ))}
                </span>
              }
            >
              <Input.TextArea
                value={field.template ?? ''}
                onChange={(e) => onChange({ template: e.target.value })}
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={DEFAULT_TEMPLATES[field.key as Exclude<CertificateFieldKey, 'qr'>]}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Card>
  );
}
