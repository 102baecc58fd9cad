// Adding a nominee (an individual, a collective or a household with its head) or correcting one: the award
// kind requested and the achievement summary. The subject of a saved nominee does not change.
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import type { DossierView, NomineeView } from '../../../../contracts/dossiers';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import type { AwardKindCode, SubjectKind } from '../../../../domain/regimes/types';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useAddNominee, useUpdateNominee } from '../api/dossiers-api';
import { PersonSelect } from './person-select';

interface Values {
  subjectKind: SubjectKind;
  personId?: string;
  unitId?: string;
  householdName?: string;
  awardKind: AwardKindCode;
  summary?: string;
}

interface Props {
  dossier: DossierView;
  nominee: NomineeView | null;
  onClose: () => void;
}

export function NomineeModal({ dossier, nominee, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddNominee(dossier.id);
  const update = useUpdateNominee(dossier.id);
  const subjectKind = Form.useWatch('subjectKind', form) ?? nominee?.subjectKind ?? 'individual';
  const kinds = useQuery(awardKindOptionsQuery(`${dossier.achievementYear}-12-31`));
  const save = async () => {
    const v = await validated(form);
    if (!v) return;
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    const done = () => {
      message.success(nominee ? 'Đã lưu' : 'Đã thêm vào hồ sơ');
      onClose();
    };
    if (nominee) {
      update.mutate(
        {
          nomineeId: nominee.id,
          body: {
            version: nominee.version,
            awardKind: v.awardKind,
            summary: v.summary ?? null,
            householdName: nominee.subjectKind === 'household' ? v.householdName : undefined,
          },
        },
        { onSuccess: done, onError },
      );
    } else {
      add.mutate(
        {
          subjectKind: v.subjectKind,
          personId: v.subjectKind === 'collective' ? null : v.personId,
          unitId: v.subjectKind === 'collective' ? v.unitId : null,
          householdName: v.subjectKind === 'household' ? v.householdName : null,
          awardKind: v.awardKind,
          summary: v.summary ?? null,
        },
        { onSuccess: done, onError: (e) => reportFormError(form, e, message.error) },
      );
    }
  };
  return (
    <Modal
      open
      title={nominee ? `Sửa đề nghị — ${nominee.name}` : 'Thêm người được đề nghị'}
      okText={nominee ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      width={680}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          nominee
            ? {
                subjectKind: nominee.subjectKind,
                awardKind: nominee.awardKind,
                summary: nominee.summary ?? undefined,
                householdName: nominee.householdName ?? undefined,
              }
            : { subjectKind: 'individual' }
        }
      >
        <Form.Item name="subjectKind" label="Đối tượng">
          <Radio.Group
            disabled={Boolean(nominee)}
            optionType="button"
            options={(['individual', 'collective', 'household'] as const).map((k) => ({
              value: k,
              label: SUBJECT_KIND_LABELS[k],
            }))}
            onChange={() => form.setFieldValue('awardKind', undefined)}
          />
        </Form.Item>
        {nominee ? null : subjectKind === 'collective' ? (
          <Form.Item
            name="unitId"
            label="Tập thể"
            rules={[{ required: true, message: 'Chọn tập thể được đề nghị' }]}
            extra={`Tập thể thuộc ${dossier.proposingUnit.name}.`}
          >
            <UnitTreeSelect />
          </Form.Item>
        ) : (
          <Form.Item
            name="personId"
            label={subjectKind === 'household' ? 'Chủ hộ' : 'Cá nhân'}
            rules={[{ required: true, message: 'Chọn người được đề nghị' }]}
            extra={
              subjectKind === 'individual'
                ? `Người đang hoặc đã công tác tại ${dossier.proposingUnit.name} hoặc đơn vị trực thuộc.`
                : undefined
            }
          >
            <PersonSelect />
          </Form.Item>
        )}
        {subjectKind === 'household' ? (
          <Form.Item
            name="householdName"
            label="Tên hộ gia đình"
            rules={[{ required: true, message: 'Nhập tên hộ' }]}
          >
            <Input maxLength={300} placeholder="Hộ ông Nguyễn Văn An" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="awardKind"
          label="Danh hiệu, hình thức đề nghị"
          rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
          extra={`Thuộc thẩm quyền ${dossier.authorityLabel}.`}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={kinds.isPending}
            options={kindsFor(kinds.data, subjectKind).map((k) => ({ value: k.value, label: k.label }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label="Tóm tắt thành tích"
          extra="Bắt buộc trước khi gửi hồ sơ. Báo cáo thành tích đầy đủ tải lên ở bảng danh sách."
        >
          <Input.TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
