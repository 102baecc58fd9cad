import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  actionsFor,
  allowedStatusPairs,
  DOSSIER_ACTIONS,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  type DossierFacts,
  FINAL_STATUSES,
  guardBlockers,
  type NomineeFacts,
  type Side,
  TRANSITIONS,
  transitionErrors,
  transitionOf,
} from './workflow';
import { DEADLINES } from './working-days';

const nominee = (over: Partial<NomineeFacts> = {}): NomineeFacts => ({
  name: 'Nguyễn Văn An',
  awardKind: 'CSTDCS',
  summary: 'Hoàn thành xuất sắc nhiệm vụ',
  appraisal: null,
  outcome: null,
  needsForwarding: false,
  forwarded: false,
  ...over,
});
const facts = (status: DossierFacts['status'], over: Partial<DossierFacts> = {}): DossierFacts => ({
  status,
  external: false,
  nominees: [nominee()],
  ...over,
});

test('every action has exactly one transition, every status a Vietnamese label', () => {
  assert.deepEqual(
    TRANSITIONS.map((t) => t.action),
    [...DOSSIER_ACTIONS],
  );
  for (const s of DOSSIER_STATUSES) assert.ok(DOSSIER_STATUS_LABELS[s].length > 2);
  for (const t of TRANSITIONS) {
    assert.ok(t.from.length > 0);
    assert.ok(!t.from.includes(t.to), `${t.action} changes the status`);
    for (const f of t.from) assert.ok(!FINAL_STATUSES.includes(f), `${t.action} never leaves a final status`);
  }
});

test('the issue’s path is in the table: draft → … → decided and/or forwarded', () => {
  const path: [string, string][] = [
    ['draft', 'submitted'],
    ['submitted', 'received'],
    ['received', 'appraising'],
    ['appraising', 'returned'],
    ['returned', 'submitted'],
    ['appraising', 'council'],
    ['council', 'concluded'],
    ['concluded', 'decided'],
    ['concluded', 'forwarded'],
    ['decided', 'forwarded'],
    ['forwarded', 'decided'],
    ['submitted', 'withdrawn'],
    ['appraising', 'rejected'],
  ];
  const pairs = allowedStatusPairs().map(([f, t]) => `${f}>${t}`);
  for (const [f, t] of path) assert.ok(pairs.includes(`${f}>${t}`), `${f} → ${t}`);
  assert.ok(!pairs.includes('draft>decided'));
  assert.ok(!pairs.includes('withdrawn>submitted'));
  assert.equal(new Set(pairs).size, pairs.length);
});

test('a reason is required to return, reject and withdraw — and only there', () => {
  const withReason = TRANSITIONS.filter((t) => t.requiresComment).map((t) => t.action);
  assert.deepEqual(withReason.sort(), ['reject', 'return', 'withdraw']);
  assert.deepEqual(transitionErrors('reject', facts('appraising')), ['Nhập lý do không chấp nhận']);
  assert.deepEqual(transitionErrors('reject', facts('appraising'), { comment: '  ' }), [
    'Nhập lý do không chấp nhận',
  ]);
  assert.deepEqual(transitionErrors('reject', facts('appraising'), { comment: 'Không đúng đối tượng' }), []);
  assert.deepEqual(
    transitionErrors('return', facts('received'), { comment: 'Thiếu biên bản', supplementItems: [] }),
    ['Nêu ít nhất một nội dung cần bổ sung'],
  );
  assert.deepEqual(
    transitionErrors('return', facts('received'), {
      comment: 'Thiếu biên bản',
      supplementItems: ['Biên bản bình xét'],
    }),
    [],
  );
});

test('submit needs nominees, each with an award kind and a summary', () => {
  assert.match(transitionErrors('submit', facts('draft', { nominees: [] }))[0]!, /chưa có cá nhân/);
  assert.deepEqual(
    transitionErrors(
      'submit',
      facts('draft', { nominees: [nominee(), nominee({ name: 'Lê Thị Bình', summary: ' ' })] }),
    ),
    ['Chưa có tóm tắt thành tích của: Lê Thị Bình'],
  );
  assert.match(
    transitionErrors('submit', facts('draft', { nominees: [nominee({ awardKind: null })] }))[0]!,
    /Chưa chọn danh hiệu/,
  );
  assert.deepEqual(transitionErrors('submit', facts('draft')), []);
  assert.match(transitionErrors('submit', facts('submitted'))[0]!, /trạng thái "Đã gửi"/);
});

test('send_to_council needs every nominee appraised; conclude every outcome', () => {
  const two = [nominee({ appraisal: 'agree' }), nominee({ name: 'Trần Văn Cường' })];
  assert.deepEqual(transitionErrors('send_to_council', facts('appraising', { nominees: two })), [
    'Chưa ghi kết quả thẩm định của: Trần Văn Cường',
  ]);
  const appraised = [nominee({ appraisal: 'agree' }), nominee({ appraisal: 'disagree' })];
  assert.deepEqual(transitionErrors('send_to_council', facts('appraising', { nominees: appraised })), []);
  assert.match(transitionErrors('conclude', facts('council'))[0]!, /Chưa có kết quả xét/);
  assert.deepEqual(
    transitionErrors('conclude', facts('council', { nominees: [nominee({ outcome: 'failed' })] })),
    [],
  );
});

test('forward needs a passed nominee beyond the authority not yet forwarded', () => {
  assert.match(transitionErrors('forward', facts('concluded'))[0]!, /Không có đề nghị/);
  const up = nominee({ outcome: 'passed', needsForwarding: true });
  assert.deepEqual(transitionErrors('forward', facts('concluded', { nominees: [up] })), []);
  assert.deepEqual(transitionErrors('forward', facts('decided', { nominees: [up] })), []);
  assert.match(
    transitionErrors('forward', facts('decided', { nominees: [{ ...up, forwarded: true }] }))[0]!,
    /Không có đề nghị/,
  );
});

test('a central authority’s dossier is not received here and is decided straight from submitted', () => {
  const external = facts('submitted', { external: true });
  assert.match(transitionErrors('receive', external)[0]!, /Trung ương/);
  assert.deepEqual(transitionErrors('decide', external), []);
  assert.match(transitionErrors('decide', facts('submitted'))[0]!, /chưa thể ban hành/);
  assert.deepEqual(transitionErrors('decide', facts('concluded')), []);
});

test('actions offered per side follow the table', () => {
  const proposer = new Set<Side>(['proposer']);
  const authority = new Set<Side>(['authority']);
  assert.deepEqual(actionsFor('draft', proposer), ['submit']);
  assert.deepEqual(actionsFor('draft', authority), []);
  assert.deepEqual(actionsFor('submitted', authority), ['receive', 'return', 'reject']);
  assert.deepEqual(actionsFor('returned', proposer), ['withdraw', 'resubmit']);
  assert.deepEqual(actionsFor('council', authority), []);
  assert.deepEqual(actionsFor('council', new Set<Side>(['council'])), ['conclude']);
  assert.deepEqual(
    actionsFor('withdrawn', new Set<Side>(['proposer', 'authority', 'council', 'system'])),
    [],
  );
  assert.equal(transitionOf('conclude').viaApi, false);
  assert.equal(transitionOf('decide').viaApi, false);
  assert.equal(transitionOf('decide').side, 'system');
});

test('guard blockers explain a disabled button without asking for the reason first', () => {
  assert.deepEqual(guardBlockers('return', facts('received')), []);
  assert.match(guardBlockers('submit', facts('draft', { nominees: [] }))[0]!, /chưa có/);
});

test('deadlines: submission starts the 5-day check, reception the 20-day appraisal', () => {
  assert.deepEqual(transitionOf('submit').deadline, { start: 'check_completeness' });
  assert.deepEqual(transitionOf('resubmit').deadline, { start: 'check_completeness' });
  assert.deepEqual(transitionOf('receive').deadline, { start: 'appraisal' });
  assert.equal(transitionOf('start_appraisal').deadline, 'keep');
  assert.equal(transitionOf('return').deadline, 'clear');
  for (const t of TRANSITIONS) {
    if (typeof t.deadline === 'object') assert.ok(DEADLINES[t.deadline.start]);
  }
});
