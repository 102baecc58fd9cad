// Adds more passed nominees of the same authority to a draft.
import { useQuery } from '@tanstack/react-query';
import { App, Modal } from 'antd';
import { useState } from 'react';
import type { DecisionView } from '../../../../contracts/decisions';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api';
import { candidatesQuery, useUpdateDraft } from '../api/decisions-api';
import { CandidatesTable } from './candidates-table';

export function AddNomineesModal({ decision, onClose }: { decision: DecisionView; onClose: () => void }) {
  const candidates = useQuery(candidatesQuery(decision.registerId ?? undefined));
  const [selected, setSelected] = useState<string[]>([]);
  const update = useUpdateDraft(decision.id);
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={1000}
      title="Thêm cá nhân, tập thể vào dự thảo"
      okText={`Thêm ${selected.length || ''} đối tượng`.trim()}
      cancelText="Hủy"
      okButtonProps={{ disabled: selected.length === 0 }}
      confirmLoading={update.isPending}
      onCancel={onClose}
      onOk={() =>
        update.mutate(
          { version: decision.version, addNomineeIds: selected },
          {
            onSuccess: () => {
              message.success('Đã thêm vào dự thảo');
              onClose();
            },
            onError: (e) => message.error(errorMessage(e)),
          },
        )
      }
    >
      <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      <CandidatesTable
        items={candidates.data?.items ?? []}
        loading={candidates.isFetching}
        selected={selected}
        onSelect={setSelected}
      />
    </Modal>
  );
}
