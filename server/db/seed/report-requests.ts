// Demo report request: the province's Ban Thi đua - Khen thưởng asks its districts, by Văn bản số 253/BTĐKT-THHC ngày
// 31/5/2023 (the request the seed report answers), for their report on the first half of 2023, due 23/6/2023
// (a plausible deadline: the seed does not state one). Huyện Cẩm Xuyên issues its report of the period (the draft
// written by the work reports seed) and answers the request with it on the issue day; the other districts are
// left unanswered. Written through the work reports and report requests services, as the district's leader and
// officer and the province's specialist.
//
// The report's number and date are ILLUSTRATIVE: the seed report's letterhead, number and date are missing from the
// OCR (facts.json report.documentNumber and report.date are null; its dateNote places it after 05/6/2023). The date
// chosen follows the last decision the report counts (the district's Giấy khen of 19/6/2023, report-2023-rounds.ts).
import { sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor';
import { answerTarget, createRequest } from '../../modules/reports/report-requests.service';
import { issueWorkReport } from '../../modules/reports/work-reports.service';
import { accountActor } from './dossiers';
import { type Db, queryRows } from '../client';
import { SEED_REPORT } from './seed-report';

const PROVINCE = 'tinh';
const DISTRICT = 'cx';
export const DEMO_REQUEST_DEADLINE = '2023-06-23';
/** Số, ký hiệu and date of Cẩm Xuyên's issued report of the period (illustrative, see above). */
export const DEMO_REPORT_NUMBER = '186/BC-UBND';
export const DEMO_REPORT_ISSUED_ON = '2023-06-21';

interface UnitFacts extends Record<string, unknown> {
  id: string;
  path: string;
  name: string;
}

/** An actor holding one role at one unit (as the demo account bound there would). */
function actorAt(role: 'specialist' | 'officer', unit: UnitFacts, username: string): Actor {
  return {
    userId: null,
    username,
    fullName: username,
    roles: [{ role, unitId: unit.id, unitPath: unit.path, unitName: unit.name }],
    sessionId: null,
    client: 'seed',
  };
}

export async function writeReportRequests(
  tx: Db,
  unitIds: ReadonlyMap<string, string>,
  documentIds: ReadonlyMap<string, string>,
): Promise<void> {
  // The seed report's own facts: the period it covers and the request it answers (seed-report-facts.json).
  const { period, requestedBy } = SEED_REPORT as unknown as {
    period: { from: string; to: string; label: string };
    requestedBy: { subject: string };
  };
  const [province] = await queryRows<UnitFacts>(
    tx,
    sql`select id, path, name from units where id = ${unitIds.get(PROVINCE)!}`,
  );
  const districts = await queryRows<UnitFacts>(
    tx,
    sql`select id, path, name from units where parent_id = ${province!.id} and kind = 'district'
      and valid_from <= ${period.to} and (valid_to is null or valid_to >= ${period.from}) order by name_sort`,
  );
  const request = await createRequest(tx, actorAt('specialist', province!, 'btdkt'), {
    requesterUnitId: province!.id,
    title: `Báo cáo công tác thi đua, khen thưởng ${period.label}`,
    periodFrom: period.from,
    periodTo: period.to,
    deadline: DEMO_REQUEST_DEADLINE,
    documentId: documentIds.get('vb-253-btdkt') ?? null,
    content: `Đề nghị UBND các huyện, thành phố ${requestedBy.subject}: kết quả công tác thi đua, khen thưởng, số liệu khen thưởng và đề nghị khen thưởng trong kỳ.`,
    targetUnitIds: districts.map((d) => d.id),
  });
  const district = districts.find((d) => d.id === unitIds.get(DISTRICT));
  if (!district) return;
  const [report] = await queryRows<{ id: string; status: string; version: number }>(
    tx,
    sql`select id, status, version from work_reports where unit_id = ${district.id} and period_from = ${period.from}
      and period_to = ${period.to}`,
  );
  if (!report) return;
  // The chairman issues the draft (number and date given; the figures are frozen as the report states them).
  if (report.status === 'draft') {
    await issueWorkReport(tx, await accountActor(tx, 'lanhdao.camxuyen'), report.id, {
      version: report.version,
      numberSymbol: DEMO_REPORT_NUMBER,
      issuedOn: DEMO_REPORT_ISSUED_ON,
    });
  }
  const target = request.targets.find((t) => t.unit.id === district.id)!;
  await answerTarget(
    tx,
    actorAt('officer', district, 'noivu.camxuyen'),
    target.id,
    { version: target.version, kind: 'report', reportId: report.id },
    new Date(`${DEMO_REPORT_ISSUED_ON}T16:00:00+07:00`),
  );
}
