// The workflow buttons of a dossier: only the steps the user may take now; a step blocked by a guard shows
// why; irreversible steps ask for confirmation; return, reject and withdraw ask for the reason (and, to
// return, a checklist of what to supplement).
import { App, Button, Checkbox, Flex, Form, Input, Modal, Tooltip } from 'antd';
import { useState } from 'react';
import type { DossierView } from '../../../../contracts/dossiers';
import { errorMessage } from '../../../lib/api';
import { useTransition } from '../api/dossiers-api';
import { SUPPLEMENT_CHOICES } from './labels';

const ORDER = [
  'submit',
  'resubmit',
  'receive',
  'start_appraisal',
  'send_to_council',
  'forward',
  'return',
  'reject',
  'withdraw',
];
const PRIMARY = new Set(['submit', 'resubmit', 'receive', 'start_appraisal', 'send_to_council', 'forward']);
const DANGER = new Set(['reject', 'withdraw']);

interface ReasonValues {
  comment: string;
  items?: string[];
  other?: string;
}

export function DossierActions({ dossier }: { dossier: DossierView }) {
  const { message, modal } = App.useApp();
  const transition = useTransition(dossier.id);
  const [asking, setAsking] = useState<string | null>(null);
  const [form] = Form.useForm<ReasonValues>();
  const run = (action: string, extra: { comment?: string; supplementItems?: string[] } = {}) =>
    transition.mutateAsync({ action: action as never, version: dossier.version, ...extra }).then(
      (view) => {
        message.success(`${dossier.actions[action]!.label}: hồ sơ chuyển sang “${view.statusLabel}”`);
        return true;
      },
      (error: unknown) => {
        message.error(errorMessage(error));
        return false;
      },
    );
  const start = (action: string) => {
    const a = dossier.actions[action]!;
    if (a.requiresComment) {
      form.resetFields();
      setAsking(action);
      return;
    }
    if (a.confirm) {
      modal.confirm({
        title: a.label,
        content: a.confirm,
        okText: a.label,
        cancelText: 'Hủy',
        onOk: () => run(action),
      });
      return;
    }
    void run(action);
  };
  const finish = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !asking) return;
    const items = [...(values.items ?? []), ...(values.other?.trim() ? [values.other.trim()] : [])];
    const ok = await run(asking, {
      comment: values.comment,
      supplementItems: asking === 'return' ? items : undefined,
    });
    if (ok) setAsking(null);
  };
  const shown = ORDER.filter((a) => dossier.actions[a]?.allowed);
  if (shown.length === 0) return null;
  const asked = asking ? dossier.actions[asking] : null;
  return (
    <>
      <Flex gap={8} wrap data-testid="dossier-actions">
        {shown.map((action) => {
          const a = dossier.actions[action]!;
          const blocked = a.blockers.length > 0;
          return (
            <Tooltip key={action} title={blocked ? a.blockers.join('. ') : undefined}>
              <Button
                type={PRIMARY.has(action) ? 'primary' : 'default'}
                danger={DANGER.has(action)}
                disabled={blocked}
                loading={transition.isPending && transition.variables?.action === action}
                onClick={() => start(action)}
                data-action={action}
              >
                {a.label}
              </Button>
            </Tooltip>
          );
        })}
      </Flex>
      {asked ? (
        <Modal
          open
          title={asked.label}
          okText={asked.label}
          okButtonProps={{ danger: asking !== 'return' }}
          cancelText="Hủy"
          confirmLoading={transition.isPending}
          onOk={() => void finish()}
          onCancel={() => setAsking(null)}
          destroyOnHidden
        >
          {asked.confirm ? <p>{asked.confirm}</p> : null}
          <Form form={form} layout="vertical">
            {asking === 'return' ? (
              <>
                <Form.Item
                  name="items"
                  label="Nội dung cần bổ sung"
                  extra="Đơn vị đề nghị sẽ thấy danh sách này khi mở hồ sơ."
                >
                  <Checkbox.Group
                    style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                    options={SUPPLEMENT_CHOICES}
                  />
                </Form.Item>
                <Form.Item
                  name="other"
                  label="Nội dung khác"
                  dependencies={['items']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, v: string | undefined) =>
                        (getFieldValue('items') ?? []).length > 0 || v?.trim()
                          ? Promise.resolve()
                          : Promise.reject(new Error('Chọn hoặc ghi ít nhất một nội dung cần bổ sung')),
                    }),
                  ]}
                >
                  <Input
                    maxLength={500}
                    placeholder="Ví dụ: Xác nhận của thủ trưởng đơn vị vào báo cáo thành tích"
                  />
                </Form.Item>
              </>
            ) : null}
            <Form.Item
              name="comment"
              label={asking === 'return' ? 'Lý do trả lại' : 'Lý do'}
              rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }]}
            >
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </>
  );
}
