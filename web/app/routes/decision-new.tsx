// /quyet-dinh/lap-moi?so=<register>: a new draft — the issuing authority (its register), the intended date of
// signature, and the passed nominees it covers (from one or several dossiers).
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { candidatesQuery, registersQuery, useCreateDraft } from '../../features/decisions/api/decisions-api';
import { CandidatesTable } from '../../features/decisions/components/candidates-table';
import { errorMessage } from '../../lib/api';
import { DATE_FORMAT, toIsoDate } from '../../lib/format';
import dayjs from 'dayjs';

export default function DecisionNewPage() {
  const [search, setSearch] = useSearchParams();
  const registers = useQuery(registersQuery);
  const usable = (registers.data?.items ?? []).filter((r) => r.can.draft);
  const registerId = search.get('so') ?? (usable.length === 1 ? usable[0]!.id : undefined);
  const candidates = useQuery(candidatesQuery(registerId));
  const [selected, setSelected] = useState<string[]>([]);
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const create = useCreateDraft();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = () => {
    if (!registerId || selected.length === 0 || !date) return;
    create.mutate(
      { registerId, nomineeIds: selected, decisionDate: toIsoDate(date)! },
      {
        onSuccess: (v) => {
          message.success('Đã lập dự thảo quyết định');
          void navigate(`/quyet-dinh/${v.id}`);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  return (
    <>
      <Link to="/quyet-dinh">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Quyết định khen thưởng
        </Button>
      </Link>
      <PageHeader
        title="Lập dự thảo quyết định khen thưởng"
        subtitle="Chọn cơ quan ban hành, ngày ký dự kiến và các cá nhân, tập thể đã được Hội đồng thông qua. Tiền thưởng tính theo mức lương cơ sở tại ngày ký; có thể sửa dự thảo trước khi trình ký."
      />
      <ErrorAlert error={registers.error} onRetry={() => void registers.refetch()} />
      {registers.data && usable.length === 0 ? (
        <Card>
          <Empty
            description={
              <>
                Bạn chưa có sổ quyết định nào để lập dự thảo. Sổ quyết định của cơ quan có thẩm quyền (mẫu số,
                ký hiệu, người ký) được lập tại <Link to="/quyet-dinh/so">Sổ quyết định</Link>.
              </>
            }
          />
        </Card>
      ) : (
        <Card>
          <Form layout="vertical">
            <Flex gap={16} wrap>
              <Form.Item label="Cơ quan ban hành (sổ quyết định)" required style={{ minWidth: 420 }}>
                <Select
                  value={registerId}
                  placeholder="Chọn cơ quan ban hành"
                  options={usable.map((r) => ({ value: r.id, label: `${r.authorityLabel} — ${r.symbol}` }))}
                  onChange={(so: string) => {
                    setSelected([]);
                    setSearch({ so }, { replace: true });
                  }}
                />
              </Form.Item>
              <Form.Item
                label="Ngày ký dự kiến"
                required
                extra="Mức lương cơ sở và chế độ pháp lý áp dụng theo ngày này."
              >
                <DatePicker format={DATE_FORMAT} value={date} onChange={setDate} allowClear={false} />
              </Form.Item>
            </Flex>
          </Form>
          <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
          {registerId ? (
            <CandidatesTable
              items={candidates.data?.items ?? []}
              loading={candidates.isFetching}
              selected={selected}
              onSelect={setSelected}
            />
          ) : null}
          <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
            <Typography.Text type="secondary">Đã chọn {selected.length} đối tượng</Typography.Text>
            <Button
              type="primary"
              disabled={!registerId || selected.length === 0 || !date}
              loading={create.isPending}
              onClick={submit}
            >
              Lập dự thảo
            </Button>
          </Flex>
        </Card>
      )}
    </>
  );
}
