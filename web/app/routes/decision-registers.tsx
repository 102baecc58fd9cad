// /quyet-dinh/so: the number registers of the issuing authorities the user sees — pattern, the next number of
// each year, the header and signer they print by default.
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RegisterView } from '../../../contracts/decisions';
import { AUTHORITY_LABELS } from '../../../contracts/decision-labels';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { registersQuery } from '../../features/decisions/api/decisions-api';
import { NextNumberModal } from '../../features/decisions/components/next-number-modal';
import { RegisterFormModal } from '../../features/decisions/components/register-form-modal';

export default function DecisionRegistersPage() {
  const query = useQuery(registersQuery);
  const [editing, setEditing] = useState<RegisterView | 'new' | null>(null);
  const [numbering, setNumbering] = useState<{
    register: RegisterView;
    year: RegisterView['years'][number];
  } | null>(null);
  return (
    <>
      <Link to="/quyet-dinh">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Quyết định khen thưởng
        </Button>
      </Link>
      <PageHeader
        title="Sổ quyết định"
        subtitle="Mỗi cơ quan có thẩm quyền có một sổ: số quyết định được lấy tự động khi ban hành, tăng dần trong năm và bắt đầu lại từ số 01 mỗi năm, không trùng, không bỏ số."
        extra={
          query.data?.can.create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              Lập sổ quyết định
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Card>
        <DataTable<RegisterView>
          rowKey="id"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          emptyText="Chưa có sổ quyết định nào trong phạm vi của bạn"
          columns={[
            {
              title: 'Cơ quan có thẩm quyền',
              key: 'authority',
              render: (_, r) => (
                <>
                  <div>{r.authorityLabel}</div>
                  <span style={{ color: '#8c8c8c' }}>
                    {AUTHORITY_LABELS[r.authorityCode]} · {r.authorityUnitName}
                  </span>
                </>
              ),
            },
            { title: 'Ký hiệu', dataIndex: 'symbol' },
            {
              title: 'Số tiếp theo',
              key: 'years',
              render: (_, r) =>
                r.years.map((y) => (
                  <div key={y.year}>
                    Năm {y.year}: <strong>{y.next}</strong>{' '}
                    {r.can.update ? (
                      <Button size="small" type="link" onClick={() => setNumbering({ register: r, year: y })}>
                        Đặt số
                      </Button>
                    ) : null}
                  </div>
                )),
            },
            {
              title: 'Người ký mặc định',
              key: 'signer',
              render: (_, r) => [r.signerPosition, r.signerName].filter(Boolean).join(' ') || '—',
            },
            {
              title: '',
              key: 'actions',
              render: (_, r) => (
                <>
                  {r.active ? null : <Tag>Ngừng sử dụng</Tag>}
                  {r.can.draft ? <Link to={`/quyet-dinh/lap-moi?so=${r.id}`}>Lập quyết định</Link> : null}
                  {r.can.update ? (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(r)}
                      style={{ marginLeft: 8 }}
                    >
                      Sửa
                    </Button>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <RegisterFormModal register={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {numbering ? (
        <NextNumberModal
          register={numbering.register}
          year={numbering.year}
          onClose={() => setNumbering(null)}
        />
      ) : null}
    </>
  );
}
