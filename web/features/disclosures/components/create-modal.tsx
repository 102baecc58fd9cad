// Starts a disclosure of a dossier: those whose kind the law (or the authority) requires to disclose are
// included and cannot be left out; others may be added. The draft can be checked before it is published.
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Checkbox, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DisclosureCandidate } from '../../../../contracts/disclosures';
import { reportFormError, validated } from '../../../lib/form-errors';
import { candidatesQuery, useCreateDisclosure } from '../api/disclosures-api';

interface Values {
  dossierId: string;
  title?: string;
  intro?: string;
}

export function CreateDisclosureModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const candidates = useQuery(candidatesQuery(true));
  const create = useCreateDisclosure();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [extra, setExtra] = useState<Set<string>>(new Set());
  const dossierId = Form.useWatch('dossierId', form) as string | undefined;
  const dossier: DisclosureCandidate | undefined = candidates.data?.items.find((d) => d.id === dossierId);

  const submit = async () => {
    const values = await validated(form);
    if (!values || !dossier) return;
    const nomineeIds = dossier.nominees.filter((n) => n.requirement || extra.has(n.id)).map((n) => n.id);
    create.mutate(
      {
        dossierId: values.dossierId,
        title: values.title?.trim() || undefined,
        intro: values.intro?.trim() || null,
        nomineeIds: nomineeIds.length > 0 ? nomineeIds : undefined,
      },
      {
        onSuccess: (view) => {
          message.success('Đã lập bản nháp đợt công khai; kiểm tra nội dung rồi đăng công khai');
          onClose();
          void navigate(`/cong-khai-lay-y-kien/${view.id}`);
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={900}
      title="Lập đợt công khai lấy ý kiến Nhân dân"
      okText="Lập bản nháp"
      cancelText="Hủy"
      confirmLoading={create.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Theo quy định, danh sách đề nghị tặng Chiến sĩ thi đua toàn quốc, danh hiệu Anh hùng, Huân chương … phải công khai lấy ý kiến Nhân dân (thường 10 ngày làm việc) và ghi nhận kết quả trước khi Hội đồng bỏ phiếu."
      />
      <Form form={form} layout="vertical">
        <Form.Item name="dossierId" label="Hồ sơ" rules={[{ required: true, message: 'Chọn hồ sơ' }]}>
          <Select
            loading={candidates.isFetching}
            placeholder="Chọn hồ sơ đã tiếp nhận, đang thẩm định hoặc đã trình Hội đồng"
            notFoundContent={<Empty description="Không có hồ sơ nào có thể công khai" />}
            options={(candidates.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.code} — ${d.title}`,
            }))}
            onChange={() => setExtra(new Set())}
          />
        </Form.Item>
        {dossier ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={dossier.nominees}
            style={{ marginBottom: 16 }}
            columns={[
              {
                title: 'Công khai',
                key: 'pick',
                width: 90,
                render: (_, n) => (
                  <Checkbox
                    checked={Boolean(n.requirement) || extra.has(n.id)}
                    disabled={Boolean(n.requirement)}
                    onChange={(e) => {
                      const next = new Set(extra);
                      if (e.target.checked) next.add(n.id);
                      else next.delete(n.id);
                      setExtra(next);
                    }}
                  />
                ),
              },
              { title: 'Họ và tên / tập thể', dataIndex: 'name' },
              { title: 'Đề nghị', dataIndex: 'awardKindName' },
              {
                title: 'Yêu cầu công khai',
                key: 'req',
                render: (_, n) => (n.requirement ? <span>{n.requirement}</span> : <Tag>Không bắt buộc</Tag>),
              },
            ]}
          />
        ) : null}
        <Form.Item
          name="title"
          label="Tiêu đề trên trang công khai"
          tooltip="Để trống: hệ thống đặt theo loại khen thưởng"
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="intro"
          label="Lời giới thiệu"
          tooltip="Để trống: hệ thống ghi cách gửi ý kiến và thời hạn"
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
