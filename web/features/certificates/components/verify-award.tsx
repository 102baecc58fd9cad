// The public verification of an award (the QR code of a certificate): what the award is, and a revoked award
// shown as revoked. Only what the public API answers is shown — never a CCCD or a birth date.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Input, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PublicAwardView } from '../../../../contracts/certificates';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { publicAwardQuery } from '../api/certificates-api';

const SUBJECT_LABEL: Record<PublicAwardView['subjectKind'], string> = {
  individual: 'Cá nhân được khen thưởng',
  collective: 'Tập thể được khen thưởng',
  household: 'Hộ gia đình được khen thưởng',
};

/** A box to type the code printed under the QR code. */
export function CodeForm({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  return (
    <Flex gap={8} style={{ maxWidth: 460 }}>
      <Input
        value={code}
        onChange={(e) => setCode(e.target.value)}
        placeholder="Nhập mã xác thực 16 ký tự"
        onPressEnter={() => code.trim() && navigate(`/xac-thuc/${encodeURIComponent(code.trim())}`)}
        aria-label="Mã xác thực"
      />
      <Button
        type="primary"
        onClick={() => code.trim() && navigate(`/xac-thuc/${encodeURIComponent(code.trim())}`)}
      >
        Tra cứu
      </Button>
    </Flex>
  );
}

export function VerifyAward({ code }: { code: string }) {
  const award = useQuery(publicAwardQuery(code));
  if (award.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (award.error) {
    const notFound = award.error instanceof ApiError && award.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? 'Không tìm thấy khen thưởng' : 'Chưa tra cứu được'}
        subTitle={
          notFound
            ? 'Mã xác thực không đúng hoặc không có trong hệ thống. Kiểm tra lại mã in dưới mã QR trên giấy khen.'
            : errorMessage(award.error)
        }
        extra={
          <Flex justify="center">
            <CodeForm initial={code} />
          </Flex>
        }
      />
    );
  }
  const a = award.data;
  return (
    <Card data-testid="verify-award">
      {a.revoked ? (
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <CloseCircleFilled style={{ fontSize: 56, color: '#cf1322' }} />
          <Typography.Title
            level={2}
            style={{ margin: 0, color: '#cf1322', letterSpacing: 1 }}
            data-testid="revoked"
          >
            ĐÃ BỊ THU HỒI
          </Typography.Title>
          <Typography.Text>
            Khen thưởng này đã bị thu hồi{a.revokedOn ? ` ngày ${formatDate(a.revokedOn)}` : ''}; giấy khen
            không còn giá trị.
          </Typography.Text>
        </Flex>
      ) : (
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <CheckCircleFilled style={{ fontSize: 56, color: '#389e0d' }} />
          <Typography.Title level={3} style={{ margin: 0, color: '#237804' }}>
            Khen thưởng có trong hồ sơ của cơ quan khen thưởng
          </Typography.Title>
          <Typography.Text type="secondary">
            Đối chiếu các thông tin dưới đây với giấy khen bạn đang xem.
          </Typography.Text>
        </Flex>
      )}
      <Descriptions column={1} bordered size="middle" labelStyle={{ width: 260 }}>
        <Descriptions.Item label={SUBJECT_LABEL[a.subjectKind]}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {a.name}
          </Typography.Text>
        </Descriptions.Item>
        {a.unitName ? <Descriptions.Item label="Đơn vị">{a.unitName}</Descriptions.Item> : null}
        <Descriptions.Item label="Hình thức khen thưởng">{a.awardKindName}</Descriptions.Item>
        <Descriptions.Item label="Năm thành tích">{a.year}</Descriptions.Item>
        <Descriptions.Item label="Quyết định">
          {a.decisionNumber ? `Số ${a.decisionNumber}` : 'Không ghi số'}
          {a.decisionDate ? ` ngày ${formatDate(a.decisionDate)}` : ''}
        </Descriptions.Item>
        {a.authority ? <Descriptions.Item label="Cấp khen thưởng">{a.authority}</Descriptions.Item> : null}
        {a.revoked ? (
          <Descriptions.Item label="Lý do thu hồi">{a.revokedReason ?? '—'}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label="Mã xác thực">
          <Typography.Text code copyable>
            {a.code.match(/.{1,4}/g)?.join('-') ?? a.code}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        title="Trang này chỉ công khai thông tin in trên giấy khen; không hiển thị số định danh, ngày sinh hay thông tin cá nhân khác."
      />
    </Card>
  );
}
