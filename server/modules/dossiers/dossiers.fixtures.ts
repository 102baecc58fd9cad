// Test helpers of the dossiers module: a province with two communes (regime C: the commune chairman awards
// LĐTT, CSTĐCS and Giấy khen; the province chairman Bằng khen), people, and users on every side.
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { call, type Session } from '../../test/app';
import { createPerson, createUnit, type UnitRow } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';
export const put = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'PUT', url, payload });
export const del = (app: App, s: Session | null, url: string) => call(app, s, { method: 'DELETE', url });

export async function dossierWorld(app: App, db: Db) {
  const province = await createUnit(db, { name: 'Tỉnh Thử', kind: 'province', level: 'province' });
  const communeA = await createUnit(db, { parent: province, name: 'Xã An Thử' });
  const communeB = await createUnit(db, { parent: province, name: 'Xã Bình Thử' });
  const school = await createUnit(db, {
    parent: communeA,
    name: 'Trường Tiểu học An Thử',
    kind: 'school',
    level: 'commune',
    code: `TH${Math.random().toString(36).slice(2, 8)}`,
  });
  const an = await createPerson(db, { unit: communeA, fullName: 'Nguyễn Văn An', cccd: null });
  const binh = await createPerson(db, { unit: school, fullName: 'Lê Thị Bình' });
  const cuong = await createPerson(db, { unit: communeA, fullName: 'Trần Văn Cường' });
  const outsider = await createPerson(db, { unit: communeB, fullName: 'Phạm Văn Ngoài' });
  const s = (role: Parameters<typeof signInAs>[2], unit: UnitRow) => signInAs(app, db, role, unit);
  return {
    province,
    communeA,
    communeB,
    school,
    an,
    binh,
    cuong,
    outsider,
    officerA: await s('officer', communeA),
    specialistA: await s('specialist', communeA),
    leaderA: await s('leader', communeA),
    councilA: await s('council_member', communeA),
    viewerA: await s('viewer', communeA),
    officerB: await s('officer', communeB),
    specialistB: await s('specialist', communeB),
    officerProvince: await s('officer', province),
    specialistProvince: await s('specialist', province),
    adminProvince: await s('admin', province),
  };
}
export type DossierWorld = Awaited<ReturnType<typeof dossierWorld>>;

/** A draft body of commune A for LĐTT and CSTĐCS of 2025 (regime C: the commune chairman's). */
export function draftBody(w: DossierWorld, over: Record<string, unknown> = {}) {
  return {
    proposingUnitId: w.communeA.id,
    achievementYear: 2025,
    awardType: 'cong_trang',
    awardKinds: ['LDTT', 'CSTDCS'],
    ...over,
  };
}

export const nominee = (
  personId: string,
  awardKind = 'LDTT',
  summary: string | null = 'Hoàn thành tốt nhiệm vụ',
) => ({
  subjectKind: 'individual',
  personId,
  awardKind,
  summary,
});

/** Creates a draft with nominees through the API; returns its view. */
export async function createDraft(
  app: App,
  s: Session,
  w: DossierWorld,
  nominees: unknown[],
  over: Record<string, unknown> = {},
) {
  const res = await call(app, s, {
    method: 'POST',
    url: '/api/dossiers',
    payload: { ...draftBody(w, over), nominees },
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Posts a transition; returns the response. */
export function transition(
  app: App,
  s: Session,
  id: string,
  action: string,
  version: number,
  extra: Record<string, unknown> = {},
) {
  return call(app, s, {
    method: 'POST',
    url: `/api/dossiers/${id}/transitions`,
    payload: { action, version, ...extra },
  });
}
