// Tags naming a decision's state: draft or issued, recorded from a higher authority, a revocation act, revoked.
import { Tag } from 'antd';
import type { DecisionListItem } from '../../../../contracts/decisions';
import { DECISION_STATUS_LABELS, REVOCATION_STATE_LABELS } from '../../../../contracts/decision-labels';

type Tagged = Pick<DecisionListItem, 'status' | 'kind' | 'origin' | 'revocationState'>;

/** The tags of a decision, in the order an official reads them. */
export function DecisionTags({ d }: { d: Tagged }) {
  return (
    <>
      <Tag color={d.status === 'draft' ? 'gold' : 'green'}>{DECISION_STATUS_LABELS[d.status]}</Tag>
      {d.kind === 'revocation' ? <Tag color="purple">Quyết định thu hồi</Tag> : null}
      {d.origin === 'external' ? <Tag color="blue">Quyết định của cấp trên</Tag> : null}
      {d.revocationState !== 'none' ? (
        <Tag color="red">{REVOCATION_STATE_LABELS[d.revocationState]}</Tag>
      ) : null}
    </>
  );
}
