// The cluster's facts and its covenant (giao ước thi đua): number, date, content and the signed file.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import type { GroupView } from '../../../../contracts/clusters';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { covenantFileUrl, useGroupFile } from '../api/clusters-api';
import { GroupStatusTag, KindTag } from './labels';

export function CovenantCard({ group }: { group: GroupView }) {
  const file = useGroupFile();
  const { message } = App.useApp();
  const url = covenantFileUrl(group.id);
  const covenant = group.covenantNumber
    ? `${group.covenantNumber}${group.covenantDate ? ` ngày ${formatDate(group.covenantDate)}` : ''}`
    : group.covenantDate
      ? `Ký ngày ${formatDate(group.covenantDate)}`
      : 'Chưa ghi';
  return (
    <Card size="small" title="Thông tin và giao ước thi đua">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: 'Loại', children: <KindTag kind={group.kind} /> },
          { key: 'status', label: 'Trạng thái', children: <GroupStatusTag status={group.status} /> },
          { key: 'org', label: 'Đơn vị tổ chức', children: group.organiser.name },
          { key: 'year', label: 'Năm', children: group.year },
          { key: 'covenant', label: 'Giao ước thi đua', children: covenant },
          {
            key: 'file',
            label: 'Tệp giao ước',
            children: (
              <Flex gap={8} align="center" wrap>
                {group.covenantFile ? (
                  <a href={url} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {group.covenantFile.name}
                  </a>
                ) : (
                  <Typography.Text type="secondary">Chưa có</Typography.Text>
                )}
                {group.can.update ? (
                  <Upload
                    showUploadList={false}
                    customRequest={({ file: f }) =>
                      file.mutate(
                        { url, file: f as File },
                        {
                          onSuccess: () => message.success('Đã tải lên tệp giao ước'),
                          onError: (e) => message.error(errorMessage(e)),
                        },
                      )
                    }
                  >
                    <Button size="small" icon={<UploadOutlined />} loading={file.isPending}>
                      {group.covenantFile ? 'Thay tệp' : 'Tải lên'}
                    </Button>
                  </Upload>
                ) : null}
                {group.can.update && group.covenantFile ? (
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Gỡ tệp giao ước"
                    onClick={() =>
                      file.mutate({ url, file: null }, { onError: (e) => message.error(errorMessage(e)) })
                    }
                  />
                ) : null}
              </Flex>
            ),
          },
          ...(group.finalisedAt
            ? [
                {
                  key: 'final',
                  label: 'Chốt kết quả',
                  children: `${formatDateTime(group.finalisedAt)}${group.resultDocument ? ` — ${group.resultDocument}` : ''}`,
                },
              ]
            : []),
          ...(group.note ? [{ key: 'note', label: 'Ghi chú', children: group.note }] : []),
        ]}
      />
      {splitParagraphs(group.covenantText).map((p, i) => (
        <Typography.Paragraph key={i} style={{ marginBottom: 4, marginTop: i === 0 ? 8 : 0 }}>
          {p}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
