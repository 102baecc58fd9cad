// Drafting a dossier (or correcting a draft): the proposing unit, award type, achievement year and the award
// kinds requested — the authority the dossier goes to follows from them and is shown once saved.
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import type { DossierView } from '../../../../contracts/dossiers';
import { AWARD_TYPE_LABELS, AWARD_TYPES } from '../../../../contracts/history-enums';
import type { AwardKindCode, AwardType } from '../../../../domain/regimes/types';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useCreateDossier, useUpdateDossier } from '../api/dossiers-api';
import { MovementSelect } from './movement-select';

interface Values {
  proposingUnitId: string;
  awardType: AwardType;
  achievementYear: number;
  awardKinds: AwardKindCode[];
  movementId?: string | null;
  title?: string;
}

interface Props {
  dossier: DossierView | null;
  onClose: () => void;
}

export function DossierFormModal({ dossier, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateDossier();
  const update = useUpdateDossier(dossier?.id ?? '');
  const year =
    Form.useWatch('achievementYear', form) ?? dossier?.achievementYear ?? new Date().getFullYear() - 1;
  const kinds = useQuery(awardKindOptionsQuery(`${year}-12-31`));
  const save = async () => {
    const values = await validated(form);
    if (!values) return;
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (dossier) {
      update.mutate(
        {
          version: dossier.version,
          title: values.title,
          awardType: values.awardType,
          achievementYear: values.achievementYear,
          awardKinds: values.awardKinds?.length ? values.awardKinds : undefined,
          movementId: values.movementId ?? null,
        },
        {
          onSuccess: () => {
            message.success('Đã lưu hồ sơ');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        {
          ...values,
          movementId: values.movementId ?? undefined,
          title: values.title?.trim() ? values.title : undefined,
        },
        {
          onSuccess: (view) => {
            message.success(`Đã lập hồ sơ ${view.code}, trình ${view.authorityLabel}`);
            onClose();
            void navigate(`/ho-so/${view.id}`);
          },
          onError,
        },
      );
    }
  };
  return (
    <Modal
      open
      title={dossier ? `Sửa hồ sơ ${dossier.code}` : 'Lập hồ sơ đề nghị khen thưởng'}
      okText={dossier ? 'Lưu' : 'Lập hồ sơ'}
      cancelText="Hủy"
      onOk={() => void save()}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Hệ thống tự xác định cấp có thẩm quyền khen thưởng theo danh hiệu, hình thức đề nghị và vị trí của đơn vị (chế độ pháp lý của năm thành tích). Các đề nghị trong một hồ sơ phải cùng một cấp có thẩm quyền."
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          dossier
            ? {
                proposingUnitId: dossier.proposingUnit.id,
                awardType: dossier.awardType,
                achievementYear: dossier.achievementYear,
                awardKinds: [...new Set(dossier.nominees.map((n) => n.awardKind))],
                movementId: dossier.movementId,
                title: dossier.title,
              }
            : { awardType: 'cong_trang', achievementYear: new Date().getFullYear() - 1 }
        }
      >
        <Form.Item
          name="proposingUnitId"
          label="Đơn vị đề nghị"
          rules={[{ required: true, message: 'Chọn đơn vị đề nghị' }]}
          extra="Đơn vị lập tờ trình; người được đề nghị phải công tác tại đơn vị này hoặc đơn vị trực thuộc."
        >
          <UnitTreeSelect disabled={Boolean(dossier)} />
        </Form.Item>
        <Form.Item
          name="achievementYear"
          label="Năm thành tích"
          rules={[{ required: true, message: 'Nhập năm' }]}
        >
          <InputNumber min={2017} max={2100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="awardType" label="Loại hình khen thưởng" rules={[{ required: true }]}>
          <Select options={AWARD_TYPES.map((t) => ({ value: t, label: AWARD_TYPE_LABELS[t] }))} />
        </Form.Item>
        <Form.Item
          name="awardKinds"
          label="Danh hiệu, hình thức đề nghị"
          rules={dossier ? [] : [{ required: true, message: 'Chọn ít nhất một danh hiệu, hình thức' }]}
          extra="Chọn các danh hiệu, hình thức sẽ đề nghị trong hồ sơ (ví dụ: Lao động tiên tiến, Chiến sĩ thi đua cơ sở)."
        >
          <Select
            mode="multiple"
            loading={kinds.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(kinds.data ?? []).map((k) => ({ value: k.value, label: k.label }))}
            placeholder="Chọn danh hiệu, hình thức"
          />
        </Form.Item>
        <Form.Item
          name="movementId"
          label="Phong trào thi đua"
          extra="Không bắt buộc. Chọn khi khen thưởng gắn với một phong trào: khen thưởng sẽ hiện trên trang của phong trào đó."
        >
          <MovementSelect />
        </Form.Item>
        <Form.Item
          name="title"
          label="Trích yếu"
          extra="Để trống: hệ thống ghi “Đề nghị tặng … năm …”."
          rules={[{ min: 3, message: 'Ít nhất 3 ký tự' }]}
        >
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
