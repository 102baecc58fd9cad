// Schedules a meeting of a council, or corrects an open one: title, day and time, place, the kind of session
// (which sets the quorum), the chair and the secretary chosen among the members on that day.
import { useQuery } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  COUNCIL_ROLE_LABELS,
  type MeetingView,
  SESSION_KIND_LABELS,
  SESSION_KINDS,
  type SessionKind,
} from '../../../../contracts/councils';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { councilQuery, useCreateMeeting, useUpdateMeeting } from '../api/councils-api';

interface Values {
  title: string;
  heldOn: Dayjs;
  startTime?: string | null;
  place?: string | null;
  sessionKind: SessionKind;
  chairPersonId?: string | null;
  secretaryPersonId?: string | null;
}

const SESSION_OPTIONS = SESSION_KINDS.map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] }));

interface MeetingFormModalProps {
  councilId: string;
  meeting: MeetingView | null;
  onClose: () => void;
}

export function MeetingFormModal({ councilId, meeting, onClose }: MeetingFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting(councilId);
  const update = useUpdateMeeting(meeting?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const heldOn = Form.useWatch('heldOn', form) as Dayjs | undefined;
  const date = toIsoDate(heldOn) ?? undefined;
  const council = useQuery({ ...councilQuery(councilId, date), enabled: Boolean(date) });
  const memberOptions = (council.data?.members ?? []).map((m) => ({
    value: m.personId,
    label: `${m.fullName} — ${COUNCIL_ROLE_LABELS[m.role]}`,
  }));

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = {
      title: values.title,
      heldOn: toIsoDate(values.heldOn)!,
      startTime: values.startTime || null,
      place: values.place || null,
      sessionKind: values.sessionKind,
      chairPersonId: values.chairPersonId ?? null,
      secretaryPersonId: values.secretaryPersonId ?? null,
    };
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (meeting) {
      update.mutate(
        { version: meeting.version, ...fields },
        {
          onSuccess: () => {
            message.success('Đã lưu thông tin phiên họp');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(fields, {
        onSuccess: (view) => {
          message.success('Đã lập phiên họp; hãy chọn hồ sơ đưa ra xét và ghi thành viên dự họp');
          onClose();
          void navigate(`/hoi-dong/phien-hop/${view.id}`);
        },
        onError,
      });
    }
  };

  return (
    <Modal
      open
      width={820}
      title={meeting ? 'Sửa thông tin phiên họp' : 'Lập phiên họp Hội đồng'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: meeting?.title ?? 'Phiên họp xét khen thưởng',
          heldOn: fromIsoDate(meeting?.heldOn),
          startTime: meeting?.startTime,
          place: meeting?.place,
          sessionKind: meeting?.sessionKind ?? 'award',
          chairPersonId: meeting?.chair?.id,
          secretaryPersonId: meeting?.secretary?.id,
        }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="title"
              label="Tên phiên họp"
              rules={[{ required: true, min: 5, message: 'Nhập tên phiên họp' }]}
            >
              <Input maxLength={300} placeholder="Phiên họp xét khen thưởng tổng kết năm 2024" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp' }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="startTime"
              label="Giờ họp"
              rules={[{ pattern: /^([01][0-9]|2[0-3]):[0-5][0-9]$/, message: 'Dạng HH:MM, ví dụ 14:00' }]}
            >
              <Input placeholder="14:00" maxLength={5} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="place" label="Địa điểm">
              <Input maxLength={300} placeholder="Hội trường UBND huyện" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="sessionKind"
              label="Loại phiên họp"
              tooltip="Quyết định số thành viên phải có mặt: phiên thường kỳ từ 2/3; phiên xét khen thưởng (từ 01/7/2025) từ 80%; phiên xét danh hiệu Anh hùng từ 90%"
            >
              <Select options={SESSION_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="chairPersonId" label="Người chủ trì">
              <Select
                allowClear
                options={memberOptions}
                placeholder={date ? 'Chọn thành viên' : 'Chọn ngày họp trước'}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="secretaryPersonId" label="Thư ký">
              <Select
                allowClear
                options={memberOptions}
                placeholder={date ? 'Chọn thành viên' : 'Chọn ngày họp trước'}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
