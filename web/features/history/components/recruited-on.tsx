// The recruitment date of a person (continuous service for the titles counts from it), edited in place.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Popover, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { PersonHistoryView } from '../../../../contracts/history';
import { errorMessage } from '../../../lib/api';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useSetRecruitedOn } from '../api/history-api';

export function RecruitedOn({ history }: { history: PersonHistoryView }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<Dayjs | null>(fromIsoDate(history.recruitedOn));
  const save = useSetRecruitedOn(history.personId);
  const { message } = App.useApp();
  const submit = () =>
    save.mutate(
      { recruitedOn: toIsoDate(value), version: history.personVersion },
      {
        onSuccess: () => {
          message.success('Đã lưu ngày tuyển dụng');
          setOpen(false);
        },
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  const editor = (
    <Flex vertical gap={8}>
      <DatePicker
        format={DATE_FORMAT}
        value={value}
        onChange={setValue}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
      />
      <Flex gap={8} justify="flex-end">
        <Button size="small" onClick={() => setOpen(false)}>
          Hủy
        </Button>
        <Button size="small" type="primary" loading={save.isPending} onClick={submit}>
          Lưu
        </Button>
      </Flex>
    </Flex>
  );
  return (
    <Flex gap={4} align="center">
      <Typography.Text type="secondary">Ngày tuyển dụng:</Typography.Text>
      <Typography.Text data-testid="recruited-on">
        {history.recruitedOn ? formatDate(history.recruitedOn) : 'chưa ghi nhận'}
      </Typography.Text>
      {history.can.write ? (
        <Popover open={open} onOpenChange={setOpen} trigger="click" title="Ngày tuyển dụng" content={editor}>
          <Button type="link" size="small" icon={<EditOutlined />} aria-label="Sửa ngày tuyển dụng" />
        </Popover>
      ) : null}
    </Flex>
  );
}
