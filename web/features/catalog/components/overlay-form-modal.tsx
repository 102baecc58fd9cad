// Creates or corrects a local overlay: the regulation (document, unit, dates, note) and the parameters it sets,
// from the regime in force on its effective date only.
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import type { OverlayView } from '../../../../contracts/catalog';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { catalogQuery, useCreateOverlay, useUpdateOverlay } from '../api/catalog-api';
import {
  declaredParams,
  OverlayParamsFields,
  type ParamFormValue,
  paramsFromForm,
  paramsToForm,
} from './overlay-params';

interface Values {
  unitId: string;
  document: string;
  effectiveFrom: Dayjs;
  effectiveTo: Dayjs | null;
  note?: string | null;
  params: Record<string, ParamFormValue>;
}

export function OverlayFormModal({ overlay, onClose }: { overlay: OverlayView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const from = Form.useWatch('effectiveFrom', form) as Dayjs | undefined;
  const date = toIsoDate(from ?? fromIsoDate(overlay?.effectiveFrom) ?? dayjs()) ?? '';
  const catalog = useQuery({ ...catalogQuery(date, null), enabled: date >= '2017-10-01' });
  const declared = useMemo(
    () => declaredParams(catalog.data, Object.keys(overlay?.params ?? {})),
    [catalog.data, overlay],
  );
  const create = useCreateOverlay();
  const update = useUpdateOverlay(overlay?.id ?? '');
  const { message } = App.useApp();
  const initial = useMemo(
    () => ({
      unitId: overlay?.unitId,
      document: overlay?.document,
      effectiveFrom: fromIsoDate(overlay?.effectiveFrom) ?? dayjs(),
      effectiveTo: fromIsoDate(overlay?.effectiveTo),
      note: overlay?.note,
    }),
    [overlay],
  );

  // The declared parameters arrive with the catalog (and change with the regime of the effective date):
  // give each a row, keeping what was already ticked or typed.
  useEffect(() => {
    const current = (form.getFieldValue('params') ?? {}) as Record<string, ParamFormValue>;
    const fresh = paramsToForm(declared, overlay?.params ?? {});
    form.setFieldValue(
      'params',
      Object.fromEntries(Object.keys(fresh).map((k) => [k, current[k] ?? fresh[k]])),
    );
  }, [declared, form, overlay]);

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = {
      document: values.document,
      effectiveFrom: toIsoDate(values.effectiveFrom) ?? '',
      effectiveTo: toIsoDate(values.effectiveTo),
      note: values.note || null,
      params: paramsFromForm(declared, values.params),
    };
    const done = {
      onSuccess: () => {
        message.success(overlay ? 'Đã lưu quy chế địa phương' : 'Đã thêm quy chế địa phương');
        onClose();
      },
      onError: (error: unknown) => reportFormError(form, error, message.error),
    };
    if (overlay) update.mutate({ ...fields, version: overlay.version }, done);
    else create.mutate({ ...fields, unitId: values.unitId }, done);
  };

  return (
    <Modal
      open
      width={900}
      title={overlay ? 'Sửa quy chế địa phương' : 'Thêm quy chế địa phương'}
      okText={overlay ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="document"
              label="Văn bản quy chế"
              rules={[{ required: true, min: 2, message: 'Nhập số, ký hiệu văn bản' }]}
            >
              <Input
                maxLength={500}
                placeholder="Quyết định 25/2024/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Hà Tĩnh"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="unitId"
              label="Đơn vị ban hành, áp dụng"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
            >
              <UnitTreeSelect disabled={!!overlay} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="effectiveFrom"
              label="Áp dụng từ ngày"
              rules={[{ required: true, message: 'Chọn ngày' }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveTo" label="Hết hiệu lực (nếu có)">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="Đang hiệu lực" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="note" label="Ghi chú">
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          Tham số quy chế quy định
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Chỉ các tham số mà ${catalog.data?.regime.name ?? 'chế độ pháp lý có hiệu lực'} cho phép địa phương quy định. Đánh dấu ô “Quy định” cho tham số quy chế có nêu; các tham số khác giữ theo quy định chung.`}
        />
        {catalog.isPending ? <Spin /> : <OverlayParamsFields declared={declared} />}
      </Form>
    </Modal>
  );
}
