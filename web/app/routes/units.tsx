// /don-vi: the organisation tree and the selected unit (?chon=<id>): its facts and lineage, its emulation &
// commendation record and what it is eligible for.
import { useQuery } from '@tanstack/react-query';
import { Col, Flex, Row } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { UnitEligibilityCard } from '../../features/eligibility/components/unit-eligibility-card';
import { UnitHistoryCard } from '../../features/history/components/unit-history-card';
import { unitDetailQuery } from '../../features/units/api/units-api';
import { UnitDetailPanel } from '../../features/units/components/unit-detail-panel';
import { UnitTreePanel } from '../../features/units/components/unit-tree-panel';
import { useMe } from '../../lib/session';

function UnitCommendations({ unitId }: { unitId: string }) {
  const { data: unit } = useQuery(unitDetailQuery(unitId));
  if (!unit) return null;
  return (
    <>
      <UnitHistoryCard unitId={unit.id} />
      <UnitEligibilityCard unitId={unit.id} unitName={unit.name} />
    </>
  );
}

export default function UnitsPage() {
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const selected = params.get('chon') ?? me?.user.roles[0]?.unitId ?? null;
  const open = (id: string | null) => setParams(id ? { chon: id } : {}, { replace: false });
  return (
    <>
      <PageHeader
        title="Đơn vị"
        subtitle="Cây tổ chức theo thời gian: đơn vị, thời gian hiệu lực và lịch sử sáp nhập, chia tách, đổi tên, chuyển trực thuộc."
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <UnitTreePanel selectedId={selected} onSelect={open} />
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <UnitDetailPanel unitId={selected} onOpen={open} />
            {selected ? <UnitCommendations key={selected} unitId={selected} /> : null}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
