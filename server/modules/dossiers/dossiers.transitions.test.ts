// Every transition of domain/workflow.ts, allowed and refused, per role and scope — the cases are generated
// from the table: for each action and each status, every kind of user tries it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DOSSIER_STATUSES, type DossierStatus, type Side, TRANSITIONS } from '../../../domain/workflow';
import { buildTestApp, type Session, type TestApp } from '../../test/app';
import { dossierWorld, type DossierWorld, get, transition } from './dossiers.fixtures';
import { appraiseAll, dossierIn, RETURN_INPUT } from './dossiers.state-fixtures';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(async () => {
  await t.close();
});

/** Who tries: their sides on a dossier of commune A, and whether they see a draft / a sent dossier. */
interface Who {
  name: string;
  session: (w: DossierWorld) => Session;
  sides: Side[];
  seesDraft: boolean;
  seesSent: boolean;
}
const WHO: Who[] = [
  {
    name: 'officer of the commune',
    session: (w) => w.officerA,
    sides: ['proposer'],
    seesDraft: true,
    seesSent: true,
  },
  {
    name: 'officer of the province',
    session: (w) => w.officerProvince,
    sides: ['proposer'],
    seesDraft: true,
    seesSent: true,
  },
  {
    name: 'specialist of the commune',
    session: (w) => w.specialistA,
    sides: ['authority', 'council'],
    seesDraft: false,
    seesSent: true,
  },
  {
    name: 'specialist of the province',
    session: (w) => w.specialistProvince,
    sides: ['authority', 'council'],
    seesDraft: false,
    seesSent: true,
  },
  {
    name: 'leader of the commune',
    session: (w) => w.leaderA,
    sides: ['authority', 'council'],
    seesDraft: false,
    seesSent: true,
  },
  {
    name: 'council member of the commune',
    session: (w) => w.councilA,
    sides: ['council'],
    seesDraft: false,
    seesSent: true,
  },
  { name: 'viewer of the commune', session: (w) => w.viewerA, sides: [], seesDraft: true, seesSent: true },
  {
    name: 'admin of the province',
    session: (w) => w.adminProvince,
    sides: [],
    seesDraft: true,
    seesSent: true,
  },
  {
    name: 'officer of another commune',
    session: (w) => w.officerB,
    sides: [],
    seesDraft: false,
    seesSent: false,
  },
  {
    name: 'specialist of another commune',
    session: (w) => w.specialistB,
    sides: [],
    seesDraft: false,
    seesSent: false,
  },
];

const input = (action: string) => (action === 'return' ? RETURN_INPUT : { comment: 'Lý do thử' });

function expected(who: Who, status: DossierStatus, action: (typeof TRANSITIONS)[number]): number {
  const sees = status === 'draft' ? who.seesDraft : who.seesSent;
  if (!sees) return 404;
  if (!action.viaApi) return 403;
  if (!who.sides.includes(action.side)) return 403;
  if (!action.from.includes(status)) return 409;
  return 200;
}

for (const status of DOSSIER_STATUSES) {
  test(`from "${status}": every action refused to those who may not take it, 409 where the status forbids it`, async () => {
    const d = await dossierIn(t, w, status);
    for (const action of TRANSITIONS) {
      for (const who of WHO) {
        const code = expected(who, status, action);
        if (code === 200) continue; // taken below on a fresh dossier
        const res = await transition(
          t.app,
          who.session(w),
          d.id,
          action.action,
          d.version,
          input(action.action),
        );
        assert.equal(res.statusCode, code, `${who.name} · ${action.action} from ${status}: ${res.body}`);
      }
    }
    const after = await get(t.app, w.officerProvince, `/api/dossiers/${d.id}`);
    assert.equal(after.json().status, status, 'nothing refused changed the dossier');
    assert.equal(after.json().version, d.version);
  });
}

for (const action of TRANSITIONS.filter((a) => a.viaApi)) {
  for (const from of action.from) {
    test(`${action.action} from "${from}" is taken by each user on the ${action.side} side`, async () => {
      for (const who of WHO.filter((x) => expected(x, from, action) === 200)) {
        let d = await dossierIn(t, w, from);
        if (action.action === 'send_to_council') d = await appraiseAll(t, w, d);
        const res = await transition(
          t.app,
          who.session(w),
          d.id,
          action.action,
          d.version,
          input(action.action),
        );
        assert.equal(res.statusCode, 200, `${who.name}: ${res.body}`);
        const view = res.json();
        assert.equal(view.status, action.to);
        const last = view.events.at(-1);
        assert.equal(last.action, action.action);
        assert.equal(last.fromStatus, from);
        assert.equal(last.toStatus, action.to);
        if (action.requiresComment) assert.equal(last.comment, input(action.action).comment);
        if (action.action === 'return') assert.deepEqual(view.supplementItems, ['Biên bản bình xét']);
      }
    });
  }
}

test('a reason is required to return, reject and withdraw', async () => {
  const submitted = await dossierIn(t, w, 'submitted');
  for (const [action, who] of [
    ['return', w.specialistA],
    ['reject', w.specialistA],
    ['withdraw', w.officerA],
  ] as const) {
    const res = await transition(t.app, who, submitted.id, action, submitted.version);
    assert.equal(res.statusCode, 400, `${action}: ${res.body}`);
    assert.match(res.json().error.fields.comment, /Nhập lý do/);
  }
  const noItems = await transition(t.app, w.specialistA, submitted.id, 'return', submitted.version, {
    comment: 'Thiếu hồ sơ',
  });
  assert.equal(noItems.statusCode, 400);
  assert.equal(noItems.json().error.fields.supplementItems, 'Nêu ít nhất một nội dung cần bổ sung');
});
