// Test helpers of the decisions module: a province with a district (the awarding authority of regime B for its
// communes) and its communes, people, users at each level, a register, and dossiers brought straight to the
// status a decision needs (rows written directly, through the workflow's statuses: the councils and dossiers
// modules have their own tests of how they get there).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DossierStatus } from '../../../domain/workflow';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { dossierNominees, dossiers } from '../../db/schema/index';
import { call, type Session } from '../../test/app';
import { createPerson, createUnit, type UnitRow } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';
export const put = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'PUT', url, payload });
export const del = (app: App, s: Session | null, url: string) => call(app, s, { method: 'DELETE', url });

const PATH: DossierStatus[] = ['draft', 'submitted', 'received', 'appraising', 'council', 'concluded'];

export interface NomineeSpec {
  personId?: string;
  unitId?: string;
  householdName?: string;
  awardKind: string;
  outcome?: 'passed' | 'failed' | null;
  outcomeAwardKind?: string;
}

/** A dossier with nominees, moved through the workflow's statuses up to `status` (default concluded). */
export async function dossierAt(
  db: Db,
  input: {
    proposing: UnitRow;
    authorityUnit: UnitRow | null;
    authorityCode: string;
    authorityLabel: string;
    year?: number;
    regimeId?: 'A' | 'B' | 'C';
    nominees: NomineeSpec[];
    status?: DossierStatus;
    forwardedFromId?: string;
  },
): Promise<{ id: string; code: string; nomineeIds: string[] }> {
  const code = `HS-2099-${String(randomBytes(3).readUIntBE(0, 3)).padStart(8, '0')}`;
  const target = input.status ?? 'concluded';
  const initial = input.forwardedFromId ? 'submitted' : 'draft';
  const [row] = await db
    .insert(dossiers)
    .values({
      code,
      proposingUnitId: input.proposing.id,
      authorityCode: input.authorityCode,
      authorityLabel: input.authorityLabel,
      authorityUnitId: input.authorityUnit?.id ?? null,
      regimeId: input.regimeId ?? 'B',
      awardType: 'cong_trang',
      title: `Đề nghị khen thưởng năm ${input.year ?? 2024}`,
      achievementYear: input.year ?? 2024,
      status: initial,
      forwardedFromId: input.forwardedFromId ?? null,
    })
    .returning({ id: dossiers.id });
  const ids: string[] = [];
  for (const [i, n] of input.nominees.entries()) {
    const subjectKind = n.unitId ? 'collective' : n.householdName ? 'household' : 'individual';
    const [nominee] = await db
      .insert(dossierNominees)
      .values({
        dossierId: row!.id,
        position: i + 1,
        subjectKind,
        personId: n.personId ?? null,
        unitId: n.unitId ?? null,
        householdName: n.householdName ?? null,
        awardKind: n.awardKind,
        summary: 'Hoàn thành xuất sắc nhiệm vụ được giao',
        outcomeAwardKind: n.outcomeAwardKind ?? null,
      })
      .returning({ id: dossierNominees.id });
    ids.push(nominee!.id);
  }
  for (const status of PATH.slice(PATH.indexOf(initial) + 1, PATH.indexOf(target) + 1)) {
    if (status === 'concluded') {
      for (const [i, n] of input.nominees.entries()) {
        await db
          .update(dossierNominees)
          .set({ outcome: n.outcome === undefined ? 'passed' : n.outcome })
          .where(eq(dossierNominees.id, ids[i]!));
      }
    }
    await db.update(dossiers).set({ status }).where(eq(dossiers.id, row!.id));
  }
  return { id: row!.id, code, nomineeIds: ids };
}

/** Province → district (Phòng Nội vụ, communes A and B) and another district; people; users; no register yet. */
export async function decisionWorld(app: App, db: Db) {
  const province = await createUnit(db, { name: 'Tỉnh Thử', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Cẩm Thử',
    kind: 'district',
    level: 'district',
  });
  const office = await createUnit(db, {
    parent: district,
    name: 'Phòng Nội vụ huyện Cẩm Thử',
    kind: 'agency',
    level: 'district',
  });
  const communeA = await createUnit(db, { parent: district, name: 'Xã Cẩm An' });
  const communeB = await createUnit(db, { parent: district, name: 'Xã Cẩm Bình' });
  const school = await createUnit(db, {
    parent: communeA,
    name: 'Trường Tiểu học Cẩm An',
    kind: 'school',
    level: 'commune',
  });
  const otherDistrict = await createUnit(db, {
    parent: province,
    name: 'Huyện Khác',
    kind: 'district',
    level: 'district',
  });
  const an = await createPerson(db, { unit: communeA, fullName: 'Nguyễn Văn An' });
  const binh = await createPerson(db, { unit: communeB, fullName: 'Trần Thị Bình' });
  const cuong = await createPerson(db, { unit: school, fullName: 'Lê Văn Cường' });
  return {
    province,
    district,
    office,
    communeA,
    communeB,
    school,
    otherDistrict,
    an,
    binh,
    cuong,
    officer: await signInAs(app, db, 'officer', district),
    specialist: await signInAs(app, db, 'specialist', district),
    leader: await signInAs(app, db, 'leader', district),
    admin: await signInAs(app, db, 'admin', province),
    provinceLeader: await signInAs(app, db, 'leader', province),
    provinceOfficer: await signInAs(app, db, 'officer', province),
    officerA: await signInAs(app, db, 'officer', communeA),
    officerB: await signInAs(app, db, 'officer', communeB),
    otherLeader: await signInAs(app, db, 'leader', otherDistrict),
    viewer: await signInAs(app, db, 'viewer', district),
  };
}
export type DecisionWorld = Awaited<ReturnType<typeof decisionWorld>>;

export const DISTRICT_REGISTER = {
  authorityCode: 'chu_tich_ubnd_huyen',
  authorityLabel: 'Chủ tịch UBND huyện Cẩm Thử',
  pattern: '{n}/QĐ-UBND',
  agencyName: 'Ủy ban nhân dân huyện Cẩm Thử',
  issuerTitle: 'Chủ tịch Ủy ban nhân dân huyện Cẩm Thử',
  placeName: 'Cẩm Thử',
  proposedBy: 'Trưởng phòng Nội vụ huyện',
  fundingSource: 'Quỹ Thi đua, khen thưởng huyện',
  signerPosition: 'Chủ tịch',
  signerName: 'Hoàng Văn Ký',
};

/** The district chairman's register, created through the API by the district's officer. */
export async function districtRegister(app: App, w: DecisionWorld): Promise<{ id: string; version: number }> {
  const res = await call(app, w.officer, {
    method: 'POST',
    url: '/api/decision-registers',
    payload: { authorityUnitId: w.district.id, ...DISTRICT_REGISTER },
  });
  if (res.statusCode !== 201) throw new Error(`register → ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A concluded dossier of commune A to the district chairman with the given nominees. */
export function communeDossier(db: Db, w: DecisionWorld, nominees: NomineeSpec[], proposing = w.communeA) {
  return dossierAt(db, {
    proposing,
    authorityUnit: w.district,
    authorityCode: 'chu_tich_ubnd_huyen',
    authorityLabel: 'Chủ tịch Ủy ban nhân dân huyện Cẩm Thử',
    nominees,
  });
}

/** A draft of the district register from nominees, through the API. */
export async function draftOf(
  app: App,
  w: DecisionWorld,
  registerId: string,
  nomineeIds: string[],
  decisionDate = '2025-01-15',
) {
  const res = await call(app, w.officer, {
    method: 'POST',
    url: '/api/decisions',
    payload: { registerId, nomineeIds, decisionDate },
  });
  if (res.statusCode !== 201) throw new Error(`draft → ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    version: number;
    number: string | null;
    awardees: { id: string; awardId: string | null }[];
  };
}
