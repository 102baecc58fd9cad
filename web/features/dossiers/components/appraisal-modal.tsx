// The specialist's appraisal of one nominee: the automatic verdict taken at submission with its evidence,
// then agree or disagree (with the reason), and possibly another award kind to propose.
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import type { DossierView, NomineeView } from '../../../../contracts/dossiers';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { reportFormError, validated } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { VerdictView } from '../../eligibility/components/verdict-view';
import { useAppraise } from '../api/dossiers-api';

interface Values {
  appraisal: 'agree' | 'disagree';
  note?: string;
  proposedAwardKind?: string | null;
}

export function AppraisalModal({
  dossier,
  nominee,
  onClose,
}: {
  dossier: DossierView;
  nominee: NomineeView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const appraise = useAppraise(dossier.id);
  const kinds = useQuery(awardKindOptionsQuery(`${dossier.achievementYear}-12-31`));
  const choice = Form.useWatch('appraisal', form);
  const save = async () => {
    const v = await validated(form);
    if (!v) return;
    appraise.mutate(
      {
        nomineeId: nominee.id,
        body: {
          version: nominee.version,
          appraisal: v.appraisal,
          note: v.note ?? null,
          proposedAwardKind: (v.proposedAwardKind as never) ?? null,
        },
      },
      {
        onSuccess: () => {
          message.success(`Đã ghi kết quả thẩm định: ${nominee.name}`);
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={`Thẩm định — ${nominee.name}, đề nghị ${nominee.awardKindName}`}
      okText="Ghi kết quả thẩm định"
      cancelText="Hủy"
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={appraise.isPending}
      width={860}
      destroyOnHidden
    >
      {nominee.verdict ? (
        <div style={{ maxHeight: 360, overflow: 'auto', marginBottom: 16, paddingRight: 8 }}>
          <VerdictView
            verdict={nominee.verdict}
            context={{
              subjectName: nominee.name,
              year: dossier.achievementYear,
              asOf: nominee.verdictAt?.slice(0, 10),
            }}
          />
        </div>
      ) : (
        <Alert
          type="warning"
          showIcon
          title="Chưa có kết quả xét điều kiện tự động."
          style={{ marginBottom: 16 }}
        />
      )}
      {nominee.verdictAt ? (
        <p style={{ color: '#8c8c8c' }}>
          Kết quả xét tự động ghi lúc gửi hồ sơ, {formatDateTime(nominee.verdictAt)}.
        </p>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          appraisal: nominee.appraisal ?? undefined,
          note: nominee.appraisalNote ?? undefined,
          proposedAwardKind: nominee.proposedAwardKind,
        }}
      >
        <Form.Item
          name="appraisal"
          label="Kết quả thẩm định"
          rules={[{ required: true, message: 'Chọn kết quả' }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'agree', label: 'Đồng ý đề nghị' },
              { value: 'disagree', label: 'Không đồng ý' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={choice === 'disagree' ? 'Lý do không đồng ý' : 'Ý kiến thẩm định'}
          rules={
            choice === 'disagree'
              ? [{ required: true, whitespace: true, message: 'Nêu lý do không đồng ý' }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="proposedAwardKind"
          label="Đề xuất hình thức khác (nếu có)"
          extra="Ví dụ: đề nghị Chiến sĩ thi đua cơ sở nhưng thành tích phù hợp Giấy khen. Hội đồng xét theo đề xuất này."
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={kindsFor(kinds.data, nominee.subjectKind)
              .filter((k) => k.value !== nominee.awardKind)
              .map((k) => ({ value: k.value, label: k.label }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
