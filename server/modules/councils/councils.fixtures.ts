// Test helpers of the councils module: a district with its office and communes, 16 people for the council, users
// at each level, a composition body, and dossiers in status 'council' addressed to the district.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { CompositionMemberInput } from '../../../contracts/councils';
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

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng'];

/** Province → district (office, communes A and B); another province; 16 office people; users. */
export async function councilWorld(app: App, db: Db) {
  const province = await createUnit(db, { name: 'Tỉnh Thử', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Thử',
    kind: 'district',
    level: 'district',
  });
  const office = await createUnit(db, {
    parent: district,
    name: 'Phòng Nội vụ huyện Thử',
    kind: 'agency',
    level: 'district',
  });
  const communeA = await createUnit(db, { parent: district, name: 'Xã An Thử' });
  const communeB = await createUnit(db, { parent: district, name: 'Xã Bình Thử' });
  const elsewhere = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });
  const people = [];
  for (let i = 0; i < 18; i++) {
    people.push(
      await createPerson(db, {
        unit: office,
        fullName: `${SURNAMES[i % SURNAMES.length]} Văn Thành Viên ${String(i + 1).padStart(2, '0')}`,
        birthDate: '1975-05-0' + ((i % 9) + 1),
        cccd: `0420${String(75_000_000 + i).padStart(8, '0')}`,
      }),
    );
  }
  const outsider = await createPerson(db, { unit: elsewhere, fullName: 'Phạm Văn Ngoài' });
  return {
    province,
    district,
    office,
    communeA,
    communeB,
    elsewhere,
    people,
    outsider,
    officer: await signInAs(app, db, 'officer', district),
    specialist: await signInAs(app, db, 'specialist', district),
    member: await signInAs(app, db, 'council_member', district),
    leader: await signInAs(app, db, 'leader', district),
    officerA: await signInAs(app, db, 'officer', communeA),
    provinceAdmin: await signInAs(app, db, 'admin', province),
    stranger: await signInAs(app, db, 'admin', elsewhere),
  };
}
export type CouncilWorld = Awaited<ReturnType<typeof councilWorld>>;

/** A composition of `n` of the world's people: chair, standing deputy, deputy, members, secretary last. */
export function composition(w: CouncilWorld, n = 16, offset = 0): CompositionMemberInput[] {
  return w.people.slice(offset, offset + n).map((p, i) => ({
    personId: p.id,
    role:
      i === 0
        ? 'chu_tich'
        : i === 1
          ? 'pho_chu_tich_thuong_truc'
          : i === 2
            ? 'pho_chu_tich'
            : i === n - 1
              ? 'uy_vien_thu_ky'
              : 'uy_vien',
    position: i === 0 ? 'Chủ tịch UBND huyện' : i === 1 ? 'Trưởng phòng Nội vụ' : null,
    organisation: i === 0 ? 'UBND huyện Thử' : null,
  }));
}

/** A council body for the district. */
export function councilBody(w: CouncilWorld, overrides: Record<string, unknown> = {}) {
  return {
    authorityUnitId: w.district.id,
    name: 'Hội đồng Thi đua - Khen thưởng huyện Thử',
    decision: 'Quyết định số 1520/QĐ-UBND ngày 15/6/2021 của Chủ tịch UBND huyện',
    establishedOn: '2021-06-15',
    members: composition(w),
    ...overrides,
  };
}

/**
 * A dossier in status 'council' addressed to the district (written directly, step by step through the workflow's
 * statuses: the dossiers workflow is another module's), with nominees of the given kinds, people of the commune.
 */
export async function councilDossier(
  db: Db,
  w: CouncilWorld,
  kinds: readonly string[],
  options: { unit?: UnitRow; regimeId?: 'A' | 'B' | 'C'; year?: number; status?: string } = {},
) {
  const unit = options.unit ?? w.communeA;
  const year = options.year ?? 2024;
  const id = randomUUID();
  await db.insert(dossiers).values({
    id,
    code: `HS-${year}-${String(Math.floor(Math.random() * 90_000) + 10_000)}${String(Math.floor(Math.random() * 10))}`,
    proposingUnitId: unit.id,
    authorityCode: 'chu_tich_ubnd_huyen',
    authorityLabel: 'Chủ tịch UBND huyện',
    authorityUnitId: w.district.id,
    regimeId: options.regimeId ?? 'B',
    awardType: 'cong_trang',
    title: `Đề nghị khen thưởng năm ${year} của ${unit.name}`,
    achievementYear: year,
    status: 'draft',
  });
  // The workflow trigger allows only its transitions: walk the dossier up to the status asked for.
  const path = ['submitted', 'received', 'appraising', 'council'];
  const target = options.status ?? 'council';
  for (const status of path.slice(0, path.indexOf(target) + 1)) {
    await db.update(dossiers).set({ status }).where(eq(dossiers.id, id));
  }
  const nominees = [];
  for (const [i, kind] of kinds.entries()) {
    const person = await createPerson(db, {
      unit,
      fullName: `Lê Thị Đề Cử ${i + 1}`,
      birthDate: '1980-02-03',
      cccd: `0420${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    });
    const [row] = await db
      .insert(dossierNominees)
      .values({
        dossierId: id,
        position: i + 1,
        subjectKind: 'individual',
        personId: person.id,
        awardKind: kind,
        summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year}; có sáng kiến được công nhận.`,
        appraisal: 'agree',
      })
      .returning({ id: dossierNominees.id });
    nominees.push({ id: row!.id, personId: person.id, name: person.fullName, kind });
  }
  return { id, nominees };
}
