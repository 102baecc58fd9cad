// Test helper: a dossier of commune A brought to any status of the workflow through the API and, for the steps
// other modules take (conclude, decide), through transitionDossier with a council or decision actor.
import { eq } from 'drizzle-orm';
import type { DossierStatus } from '../../../domain/workflow';
import { dossierNominees } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { TestApp } from '../../test/app';
import { call } from '../../test/app';
import type { UnitRow } from '../../test/factories';
import { createDraft, type DossierWorld, nominee, transition } from './dossiers.fixtures';
import { transitionDossier } from './dossiers.transitions';

/** An actor bound at a unit (for calling services the way another module does). */
export function actorAt(role: Actor['roles'][number]['role'], unit: UnitRow): Actor {
  return {
    userId: null,
    username: `test.${role}`,
    fullName: `Thử ${role}`,
    roles: [{ role, unitId: unit.id, unitPath: unit.path, unitName: unit.name }],
    sessionId: null,
    client: 'test',
  };
}

type View = {
  id: string;
  version: number;
  status: DossierStatus;
  nominees: { id: string; version: number }[];
};

async function step(t: TestApp, s: Parameters<typeof transition>[1], d: View, action: string, extra = {}) {
  const res = await transition(t.app, s, d.id, action, d.version, extra);
  if (res.statusCode !== 200) throw new Error(`${action} → ${res.statusCode} ${res.body}`);
  return res.json() as View;
}

async function reload(t: TestApp, w: DossierWorld, id: string): Promise<View> {
  return (await call(t.app, w.officerProvince, { method: 'GET', url: `/api/dossiers/${id}` })).json();
}

/** The commune's specialist agrees with every nominee. */
export async function appraiseAll(t: TestApp, w: DossierWorld, d: View): Promise<View> {
  for (const n of d.nominees) {
    const res = await call(t.app, w.specialistA, {
      method: 'PUT',
      url: `/api/dossiers/${d.id}/nominees/${n.id}/appraisal`,
      payload: { version: n.version, appraisal: 'agree' },
    });
    if (res.statusCode !== 200) throw new Error(`appraisal → ${res.statusCode} ${res.body}`);
    d = res.json();
  }
  return d;
}

export const RETURN_INPUT = { comment: 'Thiếu biên bản bình xét', supplementItems: ['Biên bản bình xét'] };

/** A fresh dossier of commune A (nominees Nguyễn Văn An, Trần Văn Cường for LĐTT) in the status asked. */
export async function dossierIn(t: TestApp, w: DossierWorld, status: DossierStatus): Promise<View> {
  let d: View = await createDraft(t.app, w.officerA, w, [nominee(w.an.id), nominee(w.cuong.id)]);
  if (status === 'draft') return d;
  d = await step(t, w.officerA, d, 'submit');
  if (status === 'submitted') return d;
  if (status === 'withdrawn') return step(t, w.officerA, d, 'withdraw', { comment: 'Đơn vị rút để xét lại' });
  if (status === 'rejected') return step(t, w.specialistA, d, 'reject', { comment: 'Không đúng đối tượng' });
  d = await step(t, w.specialistA, d, 'receive');
  if (status === 'received') return d;
  d = await step(t, w.specialistA, d, 'start_appraisal');
  if (status === 'appraising') return d;
  if (status === 'returned') return step(t, w.specialistA, d, 'return', RETURN_INPUT);
  d = await appraiseAll(t, w, d);
  d = await step(t, w.specialistA, d, 'send_to_council');
  if (status === 'council') return d;
  // The council module writes each outcome, then concludes: the second nominee passes for Bằng khen tỉnh.
  const [first, second] = d.nominees;
  const db = t.database.db;
  await db.update(dossierNominees).set({ outcome: 'passed' }).where(eq(dossierNominees.id, first!.id));
  await db
    .update(dossierNominees)
    .set({ outcome: 'passed', outcomeAwardKind: 'BK_TINH' })
    .where(eq(dossierNominees.id, second!.id));
  await db.transaction((tx) =>
    transitionDossier(tx, actorAt('council_member', w.communeA), d.id, 'conclude'),
  );
  if (status === 'concluded') return reload(t, w, d.id);
  if (status === 'decided') {
    await db.transaction((tx) => transitionDossier(tx, actorAt('leader', w.communeA), d.id, 'decide'));
    return reload(t, w, d.id);
  }
  if (status === 'forwarded') return step(t, w.specialistA, await reload(t, w, d.id), 'forward');
  throw new Error(`no path to ${status}`);
}
