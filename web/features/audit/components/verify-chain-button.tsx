// "Kiểm tra tính toàn vẹn": recomputes the audit hash chain and reports the first broken entry, if any.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { ChainReportView } from '../../../../contracts/audit';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { useVerifyChain } from '../api/audit-api';

const REASONS: Record<'content' | 'link', string> = {
  content: 'nội dung bản ghi đã bị thay đổi sau khi ghi',
  link: 'liên kết với bản ghi trước bị đứt (bản ghi bị xóa, chèn hoặc đảo thứ tự)',
};

function Report({ report }: { report: ChainReportView }) {
  if (report.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title="Nhật ký toàn vẹn"
        description={
          <>
            Đã kiểm tra {formatNumber(report.checked)} bản ghi, không phát hiện sửa đổi.
            {report.head ? (
              <>
                {' '}
                Bản ghi cuối #{report.head.seq}, mã băm{' '}
                <Typography.Text code>{report.head.hash.slice(0, 16)}…</Typography.Text>
              </>
            ) : null}
          </>
        }
        data-testid="audit-verify-ok"
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title="Phát hiện nhật ký bị can thiệp"
      description={
        <>
          {report.message}
          {report.firstBroken ? (
            <div>
              Bản ghi hỏng đầu tiên: #{report.firstBroken.seq} — {REASONS[report.firstBroken.reason]}.
            </div>
          ) : null}
          <div>Đã kiểm tra {formatNumber(report.checked)} bản ghi.</div>
        </>
      }
    />
  );
}

export function VerifyChainPanel() {
  const verify = useVerifyChain();
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} align="center" wrap>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          Kiểm tra tính toàn vẹn
        </Button>
        <Typography.Text type="secondary">
          Mỗi bản ghi lưu mã băm của bản ghi trước; sửa hoặc xóa bất kỳ bản ghi nào đều bị phát hiện.
        </Typography.Text>
      </Flex>
      {verify.data ? <Report report={verify.data} /> : null}
      <ErrorAlert error={verify.error} title="Không kiểm tra được nhật ký" />
    </Flex>
  );
}
