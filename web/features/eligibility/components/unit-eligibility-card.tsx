// A unit's verdicts for the collective kinds, and the "Gợi ý khen thưởng" list of its subtree.
import { BulbOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { COLLECTIVE_KINDS, SubjectVerdicts } from './subject-verdicts';
import { SuggestionsModal } from './suggestions-modal';

export function UnitEligibilityCard({ unitId, unitName }: { unitId: string; unitName: string }) {
  const [suggesting, setSuggesting] = useState(false);
  return (
    <Card
      title="Đơn vị đủ điều kiện gì bây giờ?"
      data-testid="unit-eligibility"
      extra={
        <Button icon={<BulbOutlined />} onClick={() => setSuggesting(true)}>
          Gợi ý khen thưởng
        </Button>
      }
    >
      <SubjectVerdicts
        subjectId={unitId}
        subjectKind="collective"
        subjectName={unitName}
        kinds={COLLECTIVE_KINDS}
      />
      {suggesting ? (
        <SuggestionsModal unitId={unitId} unitName={unitName} onClose={() => setSuggesting(false)} />
      ) : null}
    </Card>
  );
}
