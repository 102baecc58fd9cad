// "Đủ điều kiện gì bây giờ?": a subject on record evaluated for the main award kinds of its subject kind, one
// compact row per kind (badge + the deciding reason), each expandable to the full explained verdict.
import { useQueries } from '@tanstack/react-query';
import { Alert, Collapse, Flex, Segmented, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { VerdictView as VerdictData } from '../../../../contracts/eligibility';
import type { AwardKindCode, SubjectKind } from '../../../../domain/regimes/types';
import { errorMessage } from '../../../lib/api';
import { formatDate, todayIso } from '../../../lib/format';
import { subjectVerdictQuery } from '../api/eligibility-api';
import { VerdictBadge } from './verdict-badge';
import { decidingRows, VerdictView } from './verdict-view';

export const INDIVIDUAL_KINDS: AwardKindCode[] = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'BK_TINH',
  'BK_TTG',
  'CSTDTQ',
];
export const COLLECTIVE_KINDS: AwardKindCode[] = ['TTLDTT', 'TTLDXS', 'BK_TINH', 'CO_TINH'];

/** A deciding row in a few words: a group of alternatives is named by its options. */
function rowText(c: VerdictData['criteria'][number]): string {
  if (!c.alternatives) return c.text;
  return `không trường hợp nào (${c.alternatives.map((a) => a.option).join(', ')}) đạt theo dữ liệu`;
}

/** The criterion that decides the verdict, in one line. */
export function verdictReason(v: VerdictData): string {
  const rows = decidingRows(v.criteria);
  if (v.verdict === 'eligible') {
    const judged = rows.filter((c) => c.presumed || c.judgement).length;
    return `Đạt ${rows.length - judged}/${rows.length} tiêu chí theo dữ liệu${judged ? `; ${judged} điều kiện chung được coi là đáp ứng hoặc cần đánh giá` : ''}`;
  }
  const deciding = rows.filter((c) => c.status === (v.verdict === 'not_eligible' ? 'fail' : 'unknown'));
  const first = deciding[0];
  if (!first) return v.warnings[0] ?? '';
  const head = `${v.verdict === 'not_eligible' ? 'Chưa đạt' : 'Chưa xác định được'}: ${rowText(first)}`;
  return deciding.length > 1 ? `${head} (và ${deciding.length - 1} tiêu chí khác)` : head;
}

/** The default year: the last one completed (its ratings and awards are normally on record). */
function defaultYear(): number {
  return dayjs().year() - 1;
}

interface SubjectVerdictsProps {
  subjectId: string;
  subjectKind: SubjectKind;
  subjectName: string;
  kinds: AwardKindCode[];
}

export function SubjectVerdicts({ subjectId, subjectKind, subjectName, kinds }: SubjectVerdictsProps) {
  const [year, setYear] = useState(defaultYear);
  const asOf = todayIso();
  const results = useQueries({
    queries: kinds.map((awardKind) =>
      subjectVerdictQuery({
        subjectId,
        subjectKind,
        asOf,
        request: { subjectKind, awardKind, year, awardType: 'cong_trang' },
      }),
    ),
  });
  const thisYear = dayjs().year();
  const items = kinds.map((kind, i) => {
    const r = results[i]!;
    const v = r.data;
    return {
      key: kind,
      collapsible: v ? undefined : ('disabled' as const),
      label: (
        <Flex vertical gap={2} data-testid={`verdict-row-${kind}`}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{v?.awardKindName ?? kind}</Typography.Text>
            {v ? (
              <VerdictBadge verdict={v.verdict} />
            ) : r.isPending ? (
              <Skeleton.Button active size="small" />
            ) : null}
          </Flex>
          <Typography.Text type={r.error ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
            {v ? verdictReason(v) : r.error ? errorMessage(r.error) : 'Đang xét…'}
          </Typography.Text>
        </Flex>
      ),
      children: v ? <VerdictView verdict={v} context={{ year, asOf, subjectName }} /> : null,
    };
  });
  return (
    <Flex vertical gap={12} data-testid="subject-verdicts">
      <Flex gap={12} align="center" wrap justify="space-between">
        <Typography.Text type="secondary">
          Xét theo dữ liệu đã ghi nhận đến ngày {formatDate(asOf)}, loại hình khen thưởng công trạng. Bấm vào
          từng dòng để xem tiêu chí, hồ sơ chứng minh và căn cứ pháp lý.
        </Typography.Text>
        <Segmented<number>
          value={year}
          onChange={setYear}
          options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({
            value: y,
            label: `Năm thành tích ${y}`,
          }))}
        />
      </Flex>
      {results.every((r) => r.error) && results.length ? (
        <Alert
          type="error"
          showIcon
          title="Không xét được điều kiện"
          description={errorMessage(results[0]!.error)}
        />
      ) : (
        <Collapse items={items} />
      )}
    </Flex>
  );
}
