// Ban hành: the leader's confirmation, saying plainly that it cannot be undone — the number is taken from the
// register, the awards enter the history, the text can no longer change (only a revocation act corrects it).
import { App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { DecisionView } from '../../../../contracts/decisions';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatMoney } from '../../../lib/format';
import { useIssue } from '../api/decisions-api';

export function IssueButton({ decision }: { decision: DecisionView }) {
  const [open, setOpen] = useState(false);
  const issue = useIssue(decision.id);
  const { message } = App.useApp();
  const confirm = () =>
    issue.mutate(decision.version, {
      onSuccess: (v) => {
        setOpen(false);
        message.success(`Đã ban hành Quyết định số ${v.number}`);
      },
      onError: (e) => message.error(errorMessage(e)),
    });
  return (
    <>
      <Button type="primary" disabled={!decision.can.issue} onClick={() => setOpen(true)}>
        Ký ban hành
      </Button>
      <Modal
        open={open}
        title="Ban hành quyết định — không thể hoàn tác"
        okText="Ban hành"
        okButtonProps={{ danger: true }}
        cancelText="Chưa ban hành"
        confirmLoading={issue.isPending}
        onOk={confirm}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          Quyết định “{decision.title}” ngày {formatDate(decision.decisionDate)} cho{' '}
          {decision.awardees.length} cá nhân, tập thể
          {decision.money.total ? `, tổng tiền thưởng ${formatMoney(decision.money.total)}` : ''}.
        </Typography.Paragraph>
        <Typography.Paragraph strong>Khi bấm “Ban hành”:</Typography.Paragraph>
        <ul>
          <li>hệ thống lấy số tiếp theo trong sổ quyết định của năm {decision.decisionDate.slice(0, 4)};</li>
          <li>các khen thưởng được ghi vào quá trình khen thưởng của từng cá nhân, tập thể;</li>
          <li>
            quyết định không sửa, không xóa được nữa; mọi thay đổi phải bằng quyết định thu hồi hoặc quyết
            định khác.
          </li>
        </ul>
      </Modal>
    </>
  );
}
