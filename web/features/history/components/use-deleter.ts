// Deletes a record entered by mistake and says so (or shows the server's refusal).
import { App } from 'antd';
import { errorMessage } from '../../../lib/api';
import { type RecordKind, type SubjectRef, useDeleteRecord } from '../api/history-api';

export function useDeleter(subject: SubjectRef, kind: RecordKind) {
  const remove = useDeleteRecord(subject, kind);
  const { message } = App.useApp();
  return (id: string) =>
    remove.mutateAsync(id).then(
      () => message.success('Đã xóa bản ghi'),
      (error: unknown) => message.error(errorMessage(error)),
    );
}
