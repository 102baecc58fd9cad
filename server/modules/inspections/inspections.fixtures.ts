// Test helpers of the inspections module: a district with an office and two communes, users at each level,
// people of the office for the team, and a plan body.
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { call, type Session } from '../../test/app';
import { createPerson, createUnit } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';
export const put = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'PUT', url, payload });
export const del = (app: App, s: Session | null, url: string) => call(app, s, { method: 'DELETE', url });

/** Province → district (office, communes A and B); another province; users and three office people. */
export async function inspectionWorld(app: App, db: Db) {
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
  const closed = await createUnit(db, { parent: district, name: 'Xã Đã Nhập', validTo: '2019-12-31' });
  const elsewhere = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });
  const head = await createPerson(db, { unit: office, fullName: 'Nguyễn Văn Trưởng' });
  const member = await createPerson(db, { unit: office, fullName: 'Trần Thị Thành' });
  const secretary = await createPerson(db, { unit: office, fullName: 'Lê Văn Ký' });
  const outsider = await createPerson(db, { unit: elsewhere, fullName: 'Phạm Văn Ngoài' });
  return {
    province,
    district,
    office,
    communeA,
    communeB,
    closed,
    elsewhere,
    head,
    member,
    secretary,
    outsider,
    officer: await signInAs(app, db, 'officer', district),
    specialist: await signInAs(app, db, 'specialist', district),
    council: await signInAs(app, db, 'council_member', district),
    viewer: await signInAs(app, db, 'viewer', province),
    officerA: await signInAs(app, db, 'officer', communeA),
    viewerA: await signInAs(app, db, 'viewer', communeA),
    officerB: await signInAs(app, db, 'officer', communeB),
    stranger: await signInAs(app, db, 'admin', elsewhere),
  };
}

/** A plan body for the district's yearly inspection. */
export function planBody(organiserUnitId: string, overrides: Record<string, unknown> = {}) {
  return {
    year: 2023,
    organiserUnitId,
    title: 'Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm 2023',
    planNumber: '45/KH-UBND',
    planDate: '2023-03-01',
    content: 'Mục đích: nắm bắt kết quả.\n\nNội dung: việc bình xét khen thưởng.',
    teamDecisionNumber: '512/QĐ-UBND',
    teamDecisionDate: '2023-03-10',
    ...overrides,
  };
}
