// /don-vi: the organisation tree and the selected unit (?chon=<id>).
import { Col, Row } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { UnitDetailPanel } from '../../features/units/components/unit-detail-panel';
import { UnitTreePanel } from '../../features/units/components/unit-tree-panel';
import { useMe } from '../../lib/session';

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
          <UnitDetailPanel unitId={selected} onOpen={open} />
        </Col>
      </Row>
    </>
  );
}
