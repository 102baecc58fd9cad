// The inline history of a what-if check: recruitment date, a pending investigation, and the record tables
// on tabs (individuals: ratings, awards, initiatives, disciplines; collectives: member figures and clusters).
import { DatePicker, Flex, Form, Switch, Tabs } from 'antd';
import dayjs from 'dayjs';
import type { SubjectKind } from '../../../../domain/regimes/types';
import { DATE_FORMAT } from '../../../lib/format';
import {
  AwardsTable,
  DisciplinesTable,
  InitiativesTable,
  type KindOption,
  RatingsTable,
} from './history-tables';
import { GroupResultsTable, MemberStatsTable } from './history-tables-collective';

export function HistoryEditor({
  subjectKind,
  kindOptions,
}: {
  subjectKind: SubjectKind;
  kindOptions: KindOption[];
}) {
  const individual = subjectKind !== 'collective';
  // New rows start in the achievement year being checked.
  const requestYear = Form.useWatch(['request', 'year'], Form.useFormInstance()) as number | undefined;
  const year = () => requestYear ?? dayjs().year();
  const ratings = <RatingsTable year={year} />;
  const awards = <AwardsTable year={year} kindOptions={kindOptions} subjectKind={subjectKind} />;
  const initiatives = <InitiativesTable year={year} />;
  const disciplines = <DisciplinesTable year={year} />;
  const memberStats = <MemberStatsTable year={year} />;
  const groupResults = <GroupResultsTable year={year} />;
  const tab = (key: string, label: string, children: React.ReactNode) => ({
    key,
    label,
    children,
    forceRender: true,
  });
  return (
    <Flex vertical gap={12}>
      <Flex gap={24} wrap align="center">
        {individual ? (
          <Form.Item name="recruitedOn" label="Ngày tuyển dụng" style={{ margin: 0 }}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="pendingInvestigation"
          label="Đang bị thanh tra, điều tra, khiếu nại"
          valuePropName="checked"
          style={{ margin: 0 }}
        >
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
      </Flex>
      <Tabs
        items={[
          tab('ratings', 'Xếp loại hằng năm', ratings),
          tab('awards', 'Khen thưởng đã có', awards),
          ...(individual ? [tab('initiatives', 'Sáng kiến, đề tài', initiatives)] : []),
          tab('disciplines', 'Kỷ luật', disciplines),
          ...(individual
            ? []
            : [
                tab('memberStats', 'Số liệu thành viên', memberStats),
                tab('groupResults', 'Cụm, khối thi đua', groupResults),
              ]),
        ]}
      />
    </Flex>
  );
}
