// Test helpers of report requests: a province asking two districts (one with a commune below it), another province,
// users at each level, and work reports of a district (draft or issued, with award results frozen at issue).
import type { AwardResult } from '../../../domain/work-report';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { workReports } from '../../db/schema/index';
import { call, type Session } from '../../test/app';
import { createUnit, type UnitRow } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';
export const del = (app: App, s: Session | null, url: string, payload?: unknown) =>
  call(app, s, { method: 'DELETE', url, payload });

/** Province → districts A (commune A1 below it) and B; another province; users. */
export async function requestWorld(app: App, db: Db) {
  const province = await createUnit(db, { name: 'Tỉnh Thử', kind: 'province', level: 'province' });
  const districtA = await createUnit(db, {
    parent: province,
    name: 'Huyện An Thử',
    kind: 'district',
    level: 'district',
  });
  const districtB = await createUnit(db, {
    parent: province,
    name: 'Huyện Bình Thử',
    kind: 'district',
    level: 'district',
  });
  const communeA1 = await createUnit(db, { parent: districtA, name: 'Xã Một Thử' });
  const closed = await createUnit(db, {
    parent: province,
    name: 'Huyện Đã Giải Thể',
    kind: 'district',
    level: 'district',
    validTo: '2019-12-31',
  });
  const elsewhere = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });
  return {
    province,
    districtA,
    districtB,
    communeA1,
    closed,
    elsewhere,
    specialist: await signInAs(app, db, 'specialist', province),
    viewer: await signInAs(app, db, 'viewer', province),
    officerA: await signInAs(app, db, 'officer', districtA),
    leaderA: await signInAs(app, db, 'leader', districtA),
    officerB: await signInAs(app, db, 'officer', districtB),
    officerA1: await signInAs(app, db, 'officer', communeA1),
    stranger: await signInAs(app, db, 'admin', elsewhere),
  };
}

/** A request body of the province for the first half of 2023. */
export function requestBody(
  requesterUnitId: string,
  targetUnitIds: string[],
  overrides: Record<string, unknown> = {},
) {
  return {
    requesterUnitId,
    title: 'Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm 2023',
    periodFrom: '2023-01-01',
    periodTo: '2023-06-30',
    deadline: '2099-06-10',
    content: 'Đề nghị các huyện báo cáo kết quả công tác thi đua, khen thưởng 6 tháng đầu năm.',
    targetUnitIds,
    ...overrides,
  };
}

/**
 * A work report row of a unit (test data: the reports service is exercised by its own tests); an issued one carries
 * its number, date and the frozen figures with the given award results.
 */
export async function insertWorkReport(
  db: Db,
  unit: UnitRow,
  input: { status: 'draft' | 'issued'; from?: string; to?: string; number?: string; results?: AwardResult[] },
): Promise<string> {
  const issued = input.status === 'issued';
  const [row] = await db
    .insert(workReports)
    .values({
      unitId: unit.id,
      periodFrom: input.from ?? '2023-01-01',
      periodTo: input.to ?? '2023-06-30',
      title: 'Công tác thi đua, khen thưởng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023',
      addressee: 'Ban Thi đua - Khen thưởng tỉnh',
      status: input.status,
      numberSymbol: issued ? (input.number ?? '125/BC-UBND') : null,
      issuedOn: issued ? '2023-06-15' : null,
      issuedAt: issued ? new Date('2023-06-15T03:00:00Z') : null,
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn Ký',
      figures: issued ? { awardResults: input.results ?? [] } : null,
    })
    .returning({ id: workReports.id });
  return row!.id;
}

/** Award results of a district's report: the province's flags and merits, the district's, one proposal upward. */
export function districtResults(districtName: string, scale = 1): AwardResult[] {
  return [
    {
      authorityLevel: 'province',
      authorityName: 'Chủ tịch UBND tỉnh Thử',
      awardKind: 'BK_TINH',
      subjectKind: 'individual',
      status: 'awarded',
      count: 3 * scale,
    },
    {
      authorityLevel: 'province',
      authorityName: 'UBND tỉnh Thử',
      awardKind: 'CO_TINH',
      subjectKind: 'collective',
      status: 'awarded',
      count: 1 * scale,
    },
    {
      authorityLevel: 'district',
      authorityName: `Chủ tịch UBND ${districtName}`,
      awardKind: 'GK',
      subjectKind: 'individual',
      status: 'awarded',
      count: 20 * scale,
    },
    {
      authorityLevel: 'central',
      authorityName: 'Thủ tướng Chính phủ',
      awardKind: 'BK_TTG',
      subjectKind: 'individual',
      status: 'proposed',
      count: 1,
    },
  ];
}
