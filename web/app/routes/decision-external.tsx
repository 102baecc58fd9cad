// /quyet-dinh/ghi-nhan: records a decision issued by a higher authority (the Prime Minister's Bằng khen, the
// province's Cờ thi đua …) with its awardees of ours, so their history is complete; awardees may be taken from
// the proposals we sent up, which the decision then closes.
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AUTHORITY_LABELS } from '../../../contracts/decision-labels';
import type { PendingProposalView } from '../../../contracts/decisions';
import { AWARD_TYPE_LABELS, AWARD_TYPES } from '../../../contracts/history-enums';
import { AUTHORITY_CODES } from '../../../domain/workflow';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { pendingProposalsQuery, useRecordExternal } from '../../features/decisions/api/decisions-api';
import { type AwardeeRow, ExternalAwardees } from '../../features/decisions/components/external-awardees';
import { reportFormError, validated } from '../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../lib/format';
import { useMe } from '../../lib/session';

interface Values {
  number: string;
  decisionDate: Dayjs;
  authorityCode: string;
  authorityLabel: string;
  authorityUnitId?: string | null;
  title: string;
  awardType: string;
  signerPosition?: string;
  signerName?: string;
  note?: string;
  recordedAtUnitId: string;
  awardees: AwardeeRow[];
}

export default function DecisionExternalPage() {
  const [form] = Form.useForm<Values>();
  const record = useRecordExternal();
  const pending = useQuery(pendingProposalsQuery);
  const [picking, setPicking] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const date = Form.useWatch('decisionDate', form) as Dayjs | undefined;
  const { data: me } = useMe();
  const ownUnit = me?.user.roles.find((r) => r.role === 'officer' || r.role === 'specialist')?.unitId;

  const addRows = (rows: AwardeeRow[]) =>
    form.setFieldValue('awardees', [
      ...((form.getFieldValue('awardees') as AwardeeRow[] | undefined) ?? []),
      ...rows,
    ]);
  const fromProposals = (items: PendingProposalView[]) =>
    items.map((p) => ({
      subjectKind: p.subjectKind,
      personId: p.personId ?? undefined,
      unitId: p.unitId ?? undefined,
      householdName: p.householdName ?? undefined,
      awardKind: p.awardKind,
      achievementYear: p.achievementYear,
      nomineeId: p.nomineeId,
      label: `${p.displayName} — ${p.awardKindName} năm ${p.achievementYear} (hồ sơ ${p.dossierCode})`,
    }));

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    if (!v.awardees?.length) {
      message.error('Thêm ít nhất một cá nhân, tập thể được khen thưởng');
      return;
    }
    record.mutate(
      {
        ...v,
        decisionDate: toIsoDate(v.decisionDate)!,
        authorityCode: v.authorityCode as never,
        awardType: v.awardType as never,
        authorityUnitId: v.authorityUnitId || null,
        awardees: v.awardees.map(({ label: _l, ...a }) => ({
          ...a,
          awardKind: a.awardKind as never,
          achievementYear: a.achievementYear!,
        })),
      },
      {
        onSuccess: (d) => {
          message.success(`Đã ghi nhận Quyết định số ${d.number}`);
          void navigate(`/quyet-dinh/${d.id}`);
        },
        onError: (e) => reportFormError(form, e, message.error),
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
        title="Ghi nhận quyết định của cấp trên"
        subtitle="Nhập quyết định đã ban hành ở cấp trên (Thủ tướng, Chủ tịch UBND tỉnh, Bộ trưởng …) như trên văn bản; các khen thưởng được ghi vào quá trình của cá nhân, tập thể. Tiền thưởng tính theo mức lương cơ sở tại ngày quyết định."
      />
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            recordedAtUnitId: ownUnit,
            decisionDate: dayjs(),
            awardType: 'cong_trang',
            authorityCode: 'thu_tuong',
            authorityLabel: 'Thủ tướng Chính phủ',
            awardees: [],
          }}
        >
          <Row gutter={16}>
            <Col xs={12} md={5}>
              <Form.Item
                name="number"
                label="Số, ký hiệu"
                rules={[{ required: true, message: 'Nhập số, ký hiệu' }]}
              >
                <Input maxLength={60} placeholder="1520/QĐ-TTg" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="decisionDate" label="Ngày quyết định" rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="authorityCode" label="Thẩm quyền" rules={[{ required: true }]}>
                <Select
                  options={AUTHORITY_CODES.map((c) => ({ value: c, label: AUTHORITY_LABELS[c] }))}
                  onChange={(c: keyof typeof AUTHORITY_LABELS) =>
                    form.setFieldValue('authorityLabel', AUTHORITY_LABELS[c])
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item
                name="authorityLabel"
                label="Cơ quan, người ban hành (như trên văn bản)"
                rules={[{ required: true, min: 3 }]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={15}>
              <Form.Item
                name="title"
                label="Trích yếu"
                rules={[{ required: true, min: 5, message: 'Nhập trích yếu' }]}
              >
                <Input maxLength={1000} placeholder="Về việc tặng Bằng khen của Thủ tướng Chính phủ" />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="awardType" label="Loại hình khen thưởng">
                <Select options={AWARD_TYPES.map((t) => ({ value: t, label: AWARD_TYPE_LABELS[t] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="authorityUnitId" label="Đơn vị của cơ quan ban hành (nếu có trên cây)">
                <UnitTreeSelect />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="signerPosition" label="Chức vụ người ký">
                <Input maxLength={200} placeholder="PHÓ THỦ TƯỚNG" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="signerName" label="Người ký">
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="recordedAtUnitId"
                label="Đơn vị ghi nhận"
                rules={[{ required: true, message: 'Chọn đơn vị ghi nhận' }]}
                extra="Cán bộ thi đua, khen thưởng của đơn vị này sửa, thu hồi được bản ghi."
              >
                <UnitTreeSelect />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ margin: '8px 0' }} wrap>
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                addRows([{ subjectKind: 'individual', achievementYear: (date ?? dayjs()).year() - 1 }])
              }
            >
              Thêm cá nhân, tập thể
            </Button>
            <Button onClick={() => setPicking(true)} disabled={!pending.data?.items.length}>
              Thêm từ đề nghị đã trình cấp trên ({pending.data?.items.length ?? 0})
            </Button>
          </Space>
          <ExternalAwardees date={toIsoDate(date ?? dayjs())!} />
          <Form.Item name="note" label="Ghi chú" style={{ marginTop: 16 }}>
            <Input.TextArea autoSize maxLength={2000} />
          </Form.Item>
          <Button type="primary" loading={record.isPending} onClick={() => void submit()}>
            Ghi nhận quyết định
          </Button>
        </Form>
      </Card>
      <Modal
        open={picking}
        width={1000}
        title="Đề nghị đã trình cấp trên đang chờ quyết định"
        okText="Thêm vào quyết định"
        cancelText="Hủy"
        okButtonProps={{ disabled: chosen.length === 0 }}
        onCancel={() => setPicking(false)}
        onOk={() => {
          addRows(fromProposals((pending.data?.items ?? []).filter((p) => chosen.includes(p.nomineeId))));
          setChosen([]);
          setPicking(false);
        }}
      >
        <DataTable<PendingProposalView>
          rowKey="nomineeId"
          dataSource={pending.data?.items ?? []}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)) }}
          columns={[
            { title: 'Đối tượng', dataIndex: 'displayName' },
            {
              title: 'Đề nghị',
              key: 'kind',
              render: (_, p) => `${p.awardKindName} năm ${p.achievementYear}`,
            },
            { title: 'Cấp có thẩm quyền', dataIndex: 'authorityLabel' },
            {
              title: 'Hồ sơ',
              key: 'origin',
              render: (_, p) => `${p.dossierCode} (từ ${p.origin.proposingUnitName})`,
            },
          ]}
        />
      </Modal>
    </>
  );
}
