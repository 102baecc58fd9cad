// Section I of a work report as generated from the data (read-only): leadership documents, movements with their
// documents and figures, the council, award results (table + the report's sentences), inspections, models.
import { Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import type { AwardResultItem, WorkReportFigures } from '../../../../contracts/reports';

const LEVEL: Record<string, string> = {
  central: 'trung ương',
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
};
const SUBJECT: Record<string, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

export function FiguresView({ figures: f }: { figures: WorkReportFigures }) {
  return (
    <>
      <Card
        size="small"
        title="1. Lãnh đạo, chỉ đạo thực hiện công tác thi đua, khen thưởng"
        style={{ marginBottom: 12 }}
      >
        <Typography.Paragraph>{f.leadership.sentence}</Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title="2. Tổ chức triển khai, thực hiện các phong trào thi đua"
        style={{ marginBottom: 12 }}
      >
        <List
          dataSource={f.movements}
          locale={{ emptyText: 'Chưa có phong trào thi đua nào trong kỳ' }}
          renderItem={(m) => (
            <List.Item key={m.id}>
              <div>
                <Typography.Text strong>
                  {/^(phong trào|đợt|công tác|kỷ niệm|cuộc vận động)/iu.test(m.name)
                    ? m.name
                    : `Phong trào “${m.name}”`}
                </Typography.Text>
                {m.higher.length > 0 ? (
                  <div>
                    <Typography.Text type="secondary">
                      Thực hiện:{' '}
                      {m.higher
                        .map((h) => `${h.name}${h.authorityName ? ` (${h.authorityName})` : ''}`)
                        .join(' → ')}
                    </Typography.Text>
                  </div>
                ) : null}
                {[...m.launchingDocuments, ...m.implementingDocuments, ...m.relatedDocuments].length > 0 ? (
                  <div>
                    Văn bản:{' '}
                    {[...m.launchingDocuments, ...m.implementingDocuments, ...m.relatedDocuments].map((d) => (
                      <Tag key={d.id}>{d.citation}</Tag>
                    ))}
                  </div>
                ) : null}
                {m.indicators.length > 0 ? (
                  <ul style={{ margin: '4px 0 0' }}>
                    {m.indicators.map((i) => (
                      <li key={i.name}>{i.text}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title="3.1. Hội đồng Thi đua - Khen thưởng" style={{ marginBottom: 12 }}>
        {f.council ? (
          <>
            <Typography.Paragraph>{f.council.sentence}</Typography.Paragraph>
            <Descriptions size="small" column={1}>
              {f.council.members.map((m, i) => (
                <Descriptions.Item key={`${m.fullName}-${i}`} label={m.roleLabel}>
                  {m.fullName}
                  {m.position ? ` — ${m.position}` : ''}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </>
        ) : (
          <Typography.Text type="secondary">
            Chưa có Hội đồng Thi đua - Khen thưởng trên hệ thống.
          </Typography.Text>
        )}
      </Card>
      <Card size="small" title="3.2. Kết quả khen thưởng" style={{ marginBottom: 12 }}>
        {f.awardSentences.map((s) => (
          <Typography.Paragraph key={s}>{s}</Typography.Paragraph>
        ))}
        <Table<AwardResultItem>
          size="small"
          pagination={false}
          rowKey={(r) => `${r.status}-${r.authorityName}-${r.awardKind}-${r.subjectKind}`}
          dataSource={f.awardResults}
          columns={[
            {
              title: 'Tình trạng',
              dataIndex: 'status',
              render: (s: string) =>
                s === 'awarded' ? (
                  <Tag color="green">Đã khen thưởng</Tag>
                ) : (
                  <Tag color="gold">Đề nghị cấp trên</Tag>
                ),
            },
            {
              title: 'Cơ quan khen thưởng',
              dataIndex: 'authorityName',
              render: (name: string, r) => (
                <>
                  {name}
                  <div style={{ color: '#888', fontSize: 12 }}>
                    Cấp {LEVEL[r.authorityLevel] ?? r.authorityLevel}
                  </div>
                </>
              ),
            },
            {
              title: 'Hình thức',
              dataIndex: 'awardKind',
              render: (_, r) => r.awardKindName ?? r.awardKind,
            },
            { title: 'Đối tượng', dataIndex: 'subjectKind', render: (s: string) => SUBJECT[s] ?? s },
            { title: 'Số lượng', dataIndex: 'count', align: 'right' },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                Tổng: đã khen thưởng {f.awardTotals.awarded}, đề nghị cấp trên {f.awardTotals.proposed}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card size="small" title="3.3. Công tác kiểm tra" style={{ marginBottom: 12 }}>
        <Typography.Paragraph>{f.inspectionSentence}</Typography.Paragraph>
        {f.exemplaryModels.length > 0 ? (
          <>
            <Typography.Text strong>Điển hình tiên tiến được ghi nhận trong kỳ</Typography.Text>
            <ul>
              {f.exemplaryModels.map((m) => (
                <li key={m.id}>
                  {m.subjectName}: {m.title}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </>
  );
}
