// Demo report request: the province's Ban Thi đua - Khen thưởng asks its districts, by Văn bản số 253/BTĐKT-THHC ngày
// 31/5/2023 (the request the seed report answers), for their report on the first half of 2023, due 15/6/2023
// (a plausible deadline: the seed does not state one). Huyện Cẩm Xuyên's answer links its issued report of the
// period when the demo holds one, sent on the report's issue day; otherwise every district is left unanswered.
// Written through the report requests service, as the province's specialist and as the district's officer.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor';
import { answerTarget, createRequest } from '../../modules/reports/report-requests.service';
import { type Db, queryRows } from '../client';
import { SEED_REPORT } from './seed-report';

const PROVINCE = 'tinh';
const DISTRICT = 'cx';
export const DEMO_REQUEST_DEADLINE = '2023-06-15';

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
  const [report] = await queryRows<{ id: string; issued_at: Date }>(
    tx,
    sql`select id, issued_at from work_reports where unit_id = ${district.id} and period_from = ${period.from}
      and period_to = ${period.to} and status = 'issued'`,
  );
  if (!report) return;
  const target = request.targets.find((t) => t.unit.id === district.id)!;
  await answerTarget(
    tx,
    actorAt('officer', district, 'noivu.camxuyen'),
    target.id,
    { version: target.version, kind: 'report', reportId: report.id },
    new Date(report.issued_at),
  );
}
