// Creates or corrects a register (sổ đăng ký quyết định) of an issuing authority: how its numbers are written
// ("{n}/QĐ-UBND"), the header and signature it prints by default. A new one can be filled from suggestions.
import { App, Button, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { AUTHORITY_LABELS } from '../../../../contracts/decision-labels';
import type { RegisterView } from '../../../../contracts/decisions';
import { formatDecisionNumber, patternError } from '../../../../domain/decision-number';
import { SIGN_MODE_LABELS, SIGN_MODES } from '../../../../domain/decisions';
import { AUTHORITY_CODES } from '../../../../domain/workflow';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { errorMessage } from '../../../lib/api';
import { reportFormError, validated } from '../../../lib/form-errors';
import { registerDefaults, useCreateRegister, useUpdateRegister } from '../api/decisions-api';

type Values = Omit<RegisterView, 'id' | 'authorityUnitName' | 'symbol' | 'version' | 'years' | 'can'>;

export function RegisterFormModal({
  register,
  onClose,
}: {
  register: RegisterView | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRegister();
  const update = useUpdateRegister(register?.id ?? '');
  const { message } = App.useApp();
  const pattern = Form.useWatch('pattern', form);
  const initial = useMemo(
    () => (register ? { ...register } : { pattern: '{n}/QĐ-UBND', active: true, signMode: null }),
    [register],
  );

  const suggest = async () => {
    const { authorityUnitId, authorityCode } = form.getFieldsValue(['authorityUnitId', 'authorityCode']);
    if (!authorityUnitId || !authorityCode) {
      message.info('Chọn đơn vị và thẩm quyền trước khi điền gợi ý');
      return;
    }
    try {
      form.setFieldsValue(await registerDefaults(authorityUnitId, authorityCode));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const onError = (e: unknown) => reportFormError(form, e, message.error);
    const done = (text: string) => () => {
      message.success(text);
      onClose();
    };
    if (register) {
      const { authorityUnitId: _u, authorityCode: _c, ...changes } = v;
      update.mutate(
        { ...changes, version: register.version },
        { onSuccess: done('Đã lưu sổ quyết định'), onError },
      );
    } else {
      const { active: _a, ...fields } = v;
      create.mutate(fields, { onSuccess: done('Đã lập sổ quyết định'), onError });
    }
  };

  const year = new Date().getFullYear();
  const example = pattern && !patternError(pattern) ? formatDecisionNumber(pattern, 5, year) : null;
  return (
    <Modal
      open
      width={880}
      title={register ? `Sổ quyết định — ${register.authorityLabel}` : 'Lập sổ quyết định'}
      okText={register ? 'Lưu' : 'Lập sổ'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="authorityUnitId"
              label="Đơn vị có thẩm quyền"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
            >
              <UnitTreeSelect disabled={!!register} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="authorityCode"
              label="Thẩm quyền"
              rules={[{ required: true, message: 'Chọn thẩm quyền' }]}
            >
              <Select
                disabled={!!register}
                options={AUTHORITY_CODES.map((c) => ({ value: c, label: AUTHORITY_LABELS[c] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={4} style={{ alignSelf: 'center' }}>
            {register ? null : <Button onClick={() => void suggest()}>Điền gợi ý</Button>}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="authorityLabel"
              label="Tên thẩm quyền trong văn bản"
              rules={[{ required: true, min: 3, message: 'Nhập tên thẩm quyền' }]}
              extra="Ví dụ: Chủ tịch UBND huyện Cẩm Xuyên"
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="pattern"
              label="Mẫu số, ký hiệu"
              rules={[
                { required: true, message: 'Nhập mẫu' },
                {
                  validator: (_, v: string) =>
                    v && patternError(v) ? Promise.reject(new Error(patternError(v)!)) : Promise.resolve(),
                },
              ]}
              extra={example ? `Ví dụ số 5: ${example}` : '{n} là số thứ tự, {yyyy} là năm'}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="placeName"
              label="Địa danh"
              rules={[{ required: true, message: 'Nhập địa danh' }]}
            >
              <Input maxLength={100} placeholder="Cẩm Xuyên" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="agencyParent" label="Cơ quan chủ quản (nếu có)">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="agencyName"
              label="Cơ quan ban hành"
              rules={[{ required: true, message: 'Nhập tên cơ quan' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="issuerTitle"
              label="Dòng thẩm quyền dưới trích yếu"
              rules={[{ required: true, message: 'Nhập dòng thẩm quyền' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="proposedBy" label="Mặc định “Theo đề nghị của”">
              <Input maxLength={500} placeholder="Trưởng phòng Nội vụ huyện" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fundingSource" label="Mặc định nguồn kinh phí">
              <Input maxLength={500} placeholder="Quỹ Thi đua, khen thưởng huyện" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="executors" label="Mặc định Điều 3 (tổ chức thực hiện)">
              <Input.TextArea autoSize maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signMode" label="Quyền hạn ký">
              <Select
                allowClear
                options={SIGN_MODES.map((m) => ({ value: m, label: SIGN_MODE_LABELS[m] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signFor" label="Ký thay cho">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signerPosition" label="Chức vụ người ký">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signerName" label="Người ký">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          {register ? (
            <Col span={24}>
              <Form.Item name="active" label="Đang sử dụng" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
