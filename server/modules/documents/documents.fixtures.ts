// Test helpers of the documents and movements modules: province → district → communes A and B, another
// province, and signed-in users at each level.
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { call, type Session } from '../../test/app';
import { createUnit } from '../../test/factories';
import { signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';
export const put = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'PUT', url, payload });
export const del = (app: App, s: Session | null, url: string) => call(app, s, { method: 'DELETE', url });

/** Province → district → communes A and B; another province; users at each level. */
export async function registerWorld(app: App, db: Db) {
  const province = await createUnit(db, { name: 'Tỉnh Thử Nghiệm', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Cẩm Thử',
    kind: 'district',
    level: 'district',
  });
  const communeA = await createUnit(db, { parent: district, name: 'Xã An Thử' });
  const communeB = await createUnit(db, { parent: district, name: 'Xã Bình Thử' });
  const elsewhere = await createUnit(db, { name: 'Tỉnh Khác', kind: 'province', level: 'province' });
  return {
    province,
    district,
    communeA,
    communeB,
    elsewhere,
    provinceOfficer: await signInAs(app, db, 'officer', province),
    officer: await signInAs(app, db, 'officer', district),
    specialist: await signInAs(app, db, 'specialist', district),
    council: await signInAs(app, db, 'council_member', district),
    officerA: await signInAs(app, db, 'officer', communeA),
    viewerB: await signInAs(app, db, 'viewer', communeB),
    stranger: await signInAs(app, db, 'admin', elsewhere),
  };
}

export type RegisterWorld = Awaited<ReturnType<typeof registerWorld>>;
