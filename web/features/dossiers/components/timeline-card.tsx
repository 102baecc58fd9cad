// The dossier's history: every step with who took it (role and unit), when, the reason and what to supplement.
import { Card, Timeline, Typography } from 'antd';
import type { DossierView } from '../../../../contracts/dossiers';
import { formatDateTime } from '../../../lib/format';
import { ROLE_NAMES } from './labels';

const COLOR: Record<string, string> = {
  return: 'orange',
  reject: 'red',
  withdraw: 'gray',
  decide: 'green',
  forward: 'gold',
};

export function TimelineCard({ dossier }: { dossier: DossierView }) {
  return (
    <Card title="Quá trình xử lý">
      <Timeline
        data-testid="dossier-timeline"
        items={dossier.events.map((e) => ({
          color: COLOR[e.action] ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{e.actionLabel}</Typography.Text>
              <Typography.Text type="secondary"> — {formatDateTime(e.at)}</Typography.Text>
              <div>
                {[e.actorName ?? 'Hệ thống', e.actorRole ? ROLE_NAMES[e.actorRole] : null, e.actorUnitName]
                  .filter(Boolean)
                  .join(', ')}
              </div>
              {e.comment ? <div style={{ whiteSpace: 'pre-wrap' }}>“{e.comment}”</div> : null}
              {e.supplementItems?.length ? (
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                  {e.supplementItems.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
