// loadAwardResults (section 3.2 of a work report): hand-built cases at the edges of each rule, then a property
// test — random trees of awards, decisions and dossiers (with forward chains and recorded transition times), every
// count equal to an independent count made in JS from the generated spec.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { AdminLevel } from '../../../contracts/enums';
import { ADMIN_LEVELS } from '../../../contracts/enums';
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';
import { type AwardResult, countAwardResults, type AwardResultRow } from '../../../domain/work-report';
import type { DatabaseHandle, Db } from '../../db/client';
import {
  awards,
  decisionAwardees,
  decisions,
  dossierEvents,
  dossierNominees,
  dossiers,
  people,
  units,
} from '../../db/schema/index';
import { openTestDatabase } from '../../test/database';
import { CENTRAL_ONLY_KINDS, loadAwardResults } from './award-results';

let handle: DatabaseHandle;
before(async () => {
  handle = await openTestDatabase();
});
after(() => handle.close());

// ---- The spec of a world, and how it is written -----------------------------------------------------------

const UNIT_KEYS = ['P', 'S', 'D1', 'D2', 'C11', 'C12', 'C21'] as const;
type UnitKey = (typeof UNIT_KEYS)[number];
/** Province P with an agency S; districts D1 (communes C11, C12) and D2 (commune C21). */
const TREE: Record<UnitKey, { parent: UnitKey | null; level: AdminLevel; kind: string; name: string }> = {
  P: { parent: null, level: 'province', kind: 'province', name: 'Tỉnh Thử' },
  S: { parent: 'P', level: 'province', kind: 'agency', name: 'Sở Nội vụ' },
  D1: { parent: 'P', level: 'district', kind: 'district', name: 'Huyện Một' },
  D2: { parent: 'P', level: 'district', kind: 'district', name: 'Huyện Hai' },
  C11: { parent: 'D1', level: 'commune', kind: 'commune', name: 'Xã Một Một' },
  C12: { parent: 'D1', level: 'commune', kind: 'commune', name: 'Xã Một Hai' },
  C21: { parent: 'D2', level: 'commune', kind: 'commune', name: 'Xã Hai Một' },
};

/** Who grants: a unit's head, a central authority recorded from its decision, or a hand-recorded unknown. */
type AuthoritySpec =
  | { unit: UnitKey; label: string }
  | { unit: null; code: 'thu_tuong' | 'chu_tich_nuoc'; label: string }
  | { unit: null; code: null; label: string };

interface AwardSpec {
  subject: UnitKey;
  subjectKind: SubjectKind;
  kind: AwardKindCode;
  date: string;
  authority: AuthoritySpec;
  revokedOn: string | null;
  /** Written by a decision (external) rather than recorded by hand. */
  viaDecision: boolean;
}

interface NomineeSpec {
  kind: AwardKindCode;
  subjectKind: SubjectKind;
  /** Failed at the council of its dossier (counts once the dossier's 'concluded' event has happened). */
  failed: boolean;
  /** An issued decision naming this nominee, dated. */
  decidedOn: string | null;
  /** Its copy in the dossier at this index (forwarded up), same position. */
  copy: boolean;
}

interface DossierSpec {
  proposing: UnitKey;
  /** The authority's unit; null: central. */
  authority: UnitKey | null;
  label: string;
  /** First reached 'submitted' (ISO instant); null: a draft never sent. */
  submittedAt: string | null;
  /** A second submission after a return (does not move the proposal date). */
  resubmittedAt: string | null;
  /** How it ended, and when (ISO instant). */
  end: { status: 'withdrawn' | 'rejected' | 'concluded'; at: string } | null;
  nominees: NomineeSpec[];
  /** The dossier its nominees were forwarded to (index in the world's list), when `copy` is set on them. */
  forwardedTo: number | null;
}

interface World {
  awards: AwardSpec[];
  dossiers: DossierSpec[];
}

let dossierCounter = Math.floor(Math.random() * 1_000_000) * 10;

/** Writes a world under a fresh tree; returns the unit rows by key. */
async function writeWorld(db: Db, world: World) {
  return db.transaction(async (tx) => {
    const unitRows = new Map<UnitKey, { id: string; path: string; level: AdminLevel }>();
    for (const key of UNIT_KEYS) {
      const spec = TREE[key];
      const id = randomUUID();
      const parent = spec.parent ? unitRows.get(spec.parent)! : null;
      const path = `${parent?.path ?? '/'}${id}/`;
      await tx.insert(units).values({
        id,
        parentId: parent?.id ?? null,
        path,
        name: spec.name,
        nameFolded: spec.name.toLowerCase(),
        nameSort: spec.name,
        kind: spec.kind,
        level: spec.level,
        validFrom: '2000-01-01',
      });
      unitRows.set(key, { id, path, level: spec.level });
    }
    const unitId = (k: UnitKey) => unitRows.get(k)!.id;
    let year = 0;
    const subjectOf = async (kind: SubjectKind, unit: UnitKey) => {
      if (kind === 'collective') return { personId: null, unitId: unitId(unit), householdName: null };
      const [p] = await tx
        .insert(people)
        .values({
          fullName: 'Nguyễn Văn Thử',
          fullNameFolded: 'nguyen van thu',
          nameSort: 'thu',
          gender: 'male',
        })
        .returning({ id: people.id });
      return { personId: p!.id, unitId: null, householdName: kind === 'household' ? 'Hộ ông Thử' : null };
    };
    const decision = async (date: string, authority: AuthoritySpec) => {
      const [d] = await tx
        .insert(decisions)
        .values({
          kind: 'award',
          origin: 'external',
          status: 'issued',
          number: `${++year}/QĐ-TTg`,
          decisionDate: date,
          regimeId: 'C',
          authorityCode: authority.unit
            ? TREE[authority.unit].kind === 'agency'
              ? 'thu_truong_co_quan'
              : `chu_tich_ubnd_${TREE[authority.unit].kind === 'province' ? 'tinh' : TREE[authority.unit].kind === 'district' ? 'huyen' : 'xa'}`
            : (authority.code ?? 'thu_tuong'),
          authorityLabel: authority.label,
          authorityUnitId: authority.unit ? unitId(authority.unit) : null,
          title: 'Về việc khen thưởng',
          issuedAt: sql`transaction_timestamp()`,
        })
        .returning({ id: decisions.id });
      return d!.id;
    };
    // Each row its own achievement year (1950 + n), so no yearly title repeats for a subject.
    for (const a of world.awards) {
      const subject = await subjectOf(a.subjectKind, a.subject);
      const decisionId = a.viaDecision ? await decision(a.date, a.authority) : null;
      await tx.insert(awards).values({
        subjectKind: a.subjectKind,
        ...subject,
        awardKind: a.kind,
        achievementYear: 1950 + (year++ % 150),
        decisionNumber: '01/QĐ',
        decisionDate: a.date,
        authority: a.authority.label,
        authorityUnitId: a.authority.unit ? unitId(a.authority.unit) : null,
        unitAtAwardId: unitId(a.subject),
        revoked: a.revokedOn !== null,
        revokedOn: a.revokedOn,
        revokedReason: a.revokedOn ? 'Thu hồi' : null,
        source: decisionId ? 'external' : 'recorded',
        decisionId,
      });
    }
    // Dossiers: upper ones first, so that a lower nominee can point at its copy.
    const nomineeIds = new Map<string, string>();
    const order = world.dossiers.map((_, i) => i).sort((a, b) => b - a);
    for (const i of order) {
      const d = world.dossiers[i]!;
      const [row] = await tx
        .insert(dossiers)
        .values({
          code: `HS-2023-${String(++dossierCounter).padStart(7, '0')}`,
          proposingUnitId: unitId(d.proposing),
          authorityCode: d.authority ? 'chu_tich_ubnd_tinh' : 'thu_tuong',
          authorityLabel: d.label,
          authorityUnitId: d.authority ? unitId(d.authority) : null,
          regimeId: 'C',
          awardType: 'cong_trang',
          title: 'Đề nghị khen thưởng',
          achievementYear: 2023,
          status: d.submittedAt ? 'submitted' : 'draft',
        })
        .returning({ id: dossiers.id });
      const dossierId = row!.id;
      const events: { toStatus: string; at: string; action: string }[] = [
        { action: 'create', toStatus: 'draft', at: '2020-01-01T00:00:00+07:00' },
      ];
      if (d.submittedAt) events.push({ action: 'submit', toStatus: 'submitted', at: d.submittedAt });
      if (d.resubmittedAt) events.push({ action: 'resubmit', toStatus: 'submitted', at: d.resubmittedAt });
      if (d.end) events.push({ action: d.end.status, toStatus: d.end.status, at: d.end.at });
      await tx
        .insert(dossierEvents)
        .values(
          events.map((e) => ({ dossierId, action: e.action, toStatus: e.toStatus, at: new Date(e.at) })),
        );
      for (const [p, n] of d.nominees.entries()) {
        const subject = await subjectOf(
          n.subjectKind,
          (['C11', 'C12', 'C21', 'S', 'D1', 'D2'] as const)[p % 6]!,
        );
        const [nominee] = await tx
          .insert(dossierNominees)
          .values({
            dossierId,
            position: p + 1,
            subjectKind: n.subjectKind,
            ...subject,
            awardKind: n.kind,
            outcome: n.failed ? 'failed' : null,
            forwardedToNomineeId:
              n.copy && d.forwardedTo !== null ? nomineeIds.get(`${d.forwardedTo}:${p}`) : null,
          })
          .returning({ id: dossierNominees.id });
        nomineeIds.set(`${i}:${p}`, nominee!.id);
        if (n.decidedOn) {
          const decisionId = await decision(n.decidedOn, { unit: null, code: 'thu_tuong', label: d.label });
          await tx.insert(decisionAwardees).values({
            decisionId,
            position: 1,
            subjectKind: n.subjectKind,
            ...subject,
            displayName: 'Nguyễn Văn Thử',
            unitAtAwardId: unitId(d.proposing),
            awardKind: n.kind,
            achievementYear: 2023,
            nomineeId: nominee!.id,
          });
        }
      }
    }
    return unitRows;
  });
}

// ---- The independent count ---------------------------------------------------------------------------------

const LEVEL_RANK = new Map(ADMIN_LEVELS.map((l, i) => [l, i]));
const isUnder = (key: UnitKey, ancestor: UnitKey): boolean =>
  key === ancestor || (TREE[key].parent !== null && isUnder(TREE[key].parent!, ancestor));
const endOf = (date: string) => Date.parse(`${date}T00:00:00+07:00`) + 86_400_000;

function expected(world: World, unit: UnitKey, from: string, to: string): AwardResult[] {
  const rows: AwardResultRow[] = [];
  const myRank = LEVEL_RANK.get(TREE[unit].level)!;
  for (const a of world.awards) {
    if (a.date < from || a.date > to || !isUnder(a.subject, unit)) continue;
    if (a.revokedOn !== null && a.revokedOn <= to) continue;
    const level: AdminLevel | null = a.authority.unit
      ? TREE[a.authority.unit].level
      : a.viaDecision || CENTRAL_ONLY_KINDS.includes(a.kind)
        ? 'central'
        : null;
    if (level === null || LEVEL_RANK.get(level)! > myRank) continue;
    rows.push({
      status: 'awarded',
      authorityLevel: level,
      authorityName: a.authority.label,
      awardKind: a.kind,
      subjectKind: a.subjectKind,
    });
  }
  const start = Date.parse(`${from}T00:00:00+07:00`);
  const end = endOf(to);
  const closed = (d: DossierSpec, n: NomineeSpec): boolean => {
    if (n.decidedOn !== null && n.decidedOn <= to) return true;
    if (d.end && Date.parse(d.end.at) < end) {
      if (d.end.status !== 'concluded' || n.failed) return true;
    }
    return false;
  };
  for (const d of world.dossiers) {
    if (d.proposing !== unit || d.authority === unit || d.submittedAt === null) continue;
    const at = Date.parse(d.submittedAt);
    if (at < start || at >= end) continue;
    for (const [p, n] of d.nominees.entries()) {
      let shut = closed(d, n);
      // Along the copies it was forwarded to.
      let current = { d, n };
      while (!shut && current.n.copy && current.d.forwardedTo !== null) {
        const upper = world.dossiers[current.d.forwardedTo]!;
        const copy = upper.nominees[p];
        if (!copy) break;
        current = { d: upper, n: copy };
        shut = closed(upper, copy);
      }
      if (shut) continue;
      rows.push({
        status: 'proposed',
        authorityLevel: d.authority ? TREE[d.authority].level : 'central',
        authorityName: d.label,
        awardKind: n.kind,
        subjectKind: n.subjectKind,
      });
    }
  }
  return countAwardResults(rows);
}

async function check(world: World, unit: UnitKey, from: string, to: string) {
  const rows = await writeWorld(handle.db, world);
  const got = await loadAwardResults(handle.db, rows.get(unit)!, from, to);
  assert.deepEqual(got, expected(world, unit, from, to));
  return got;
}

// ---- Hand-built cases ----------------------------------------------------------------------------------------

const PM: AuthoritySpec = { unit: null, code: 'thu_tuong', label: 'Thủ tướng Chính phủ' };
const PROVINCE: AuthoritySpec = { unit: 'P', label: 'Chủ tịch UBND tỉnh Thử' };
const DISTRICT1: AuthoritySpec = { unit: 'D1', label: 'Chủ tịch UBND huyện Một' };
const COMMUNE11: AuthoritySpec = { unit: 'C11', label: 'Chủ tịch UBND xã Một Một' };
const award = (over: Partial<AwardSpec>): AwardSpec => ({
  subject: 'C11',
  subjectKind: 'individual',
  kind: 'GK',
  date: '2023-03-01',
  authority: DISTRICT1,
  revokedOn: null,
  viaDecision: false,
  ...over,
});
const simplify = (r: AwardResult[]) =>
  r.map(
    (x) => `${x.status} ${x.authorityLevel} ${x.authorityName} ${x.awardKind} ${x.subjectKind} ${x.count}`,
  );

test('awarded: period edges, revocation before and after the end, subtree, authority level', async () => {
  const world: World = {
    awards: [
      award({ date: '2023-01-01' }), // first day: in
      award({ date: '2023-06-30', subjectKind: 'collective', subject: 'D1' }), // last day: in
      award({ date: '2022-12-31' }), // day before: out
      award({ date: '2023-07-01' }), // day after: out
      award({ revokedOn: '2023-06-30' }), // revoked on the last day: out
      award({ revokedOn: '2023-05-01' }), // revoked within: out
      award({ revokedOn: '2023-07-01' }), // revoked later: in
      award({ subject: 'C21' }), // other district: out
      award({ subject: 'S', authority: PROVINCE, kind: 'BK_TINH' }), // outside the district: out
      award({ authority: COMMUNE11 }), // lower authority: out
      award({ authority: PROVINCE, kind: 'BK_TINH', subject: 'C12' }),
      award({ authority: PROVINCE, kind: 'BK_TINH', subject: 'D1', subjectKind: 'collective' }),
      award({ authority: PM, kind: 'BK_TTG', viaDecision: true }),
      award({ authority: { unit: null, code: null, label: 'Chủ tịch nước' }, kind: 'HC_LAO_DONG_3' }),
      award({ authority: { unit: null, code: null, label: 'Không rõ' }, kind: 'LDTT' }), // unplaceable: out
      award({ subjectKind: 'household', kind: 'GK' }),
    ],
    dossiers: [],
  };
  const got = await check(world, 'D1', '2023-01-01', '2023-06-30');
  assert.deepEqual(simplify(got), [
    'awarded central Chủ tịch nước HC_LAO_DONG_3 individual 1',
    'awarded central Thủ tướng Chính phủ BK_TTG individual 1',
    'awarded province Chủ tịch UBND tỉnh Thử BK_TINH individual 1',
    'awarded province Chủ tịch UBND tỉnh Thử BK_TINH collective 1',
    'awarded district Chủ tịch UBND huyện Một GK individual 2',
    'awarded district Chủ tịch UBND huyện Một GK collective 1',
    'awarded district Chủ tịch UBND huyện Một GK household 1',
  ]);
  // The commune's own report counts its chairman's Giấy khen; the province's excludes both lower authorities.
  const commune = await check(world, 'C11', '2023-01-01', '2023-06-30');
  assert.ok(simplify(commune).includes('awarded commune Chủ tịch UBND xã Một Một GK individual 1'));
  const province = await check(world, 'P', '2023-01-01', '2023-06-30');
  assert.ok(!province.some((r) => r.authorityLevel === 'district' || r.authorityLevel === 'commune'));
  assert.equal(province.find((r) => r.awardKind === 'BK_TINH' && r.subjectKind === 'individual')?.count, 2);
});

const dossier = (over: Partial<DossierSpec>): DossierSpec => ({
  proposing: 'D1',
  authority: 'P',
  label: 'Chủ tịch UBND tỉnh Thử',
  submittedAt: '2023-03-01T09:00:00+07:00',
  resubmittedAt: null,
  end: null,
  nominees: [{ kind: 'BK_TINH', subjectKind: 'individual', failed: false, decidedOn: null, copy: false }],
  forwardedTo: null,
  ...over,
});
const nominee = (over: Partial<NomineeSpec> = {}): NomineeSpec => ({
  kind: 'BK_TINH',
  subjectKind: 'individual',
  failed: false,
  decidedOn: null,
  copy: false,
  ...over,
});

test('proposed: pending versus decided, withdrawn, rejected, failed; submission edges in Vietnam time', async () => {
  const world: World = {
    awards: [],
    dossiers: [
      // 0: three pending, one decided within the period, one decided after it (still pending at its end).
      dossier({
        nominees: [
          nominee(),
          nominee({ subjectKind: 'collective' }),
          nominee(),
          nominee({ decidedOn: '2023-06-30' }),
          nominee({ decidedOn: '2023-07-01' }),
        ],
      }),
      // 1: submitted 00:00 on the first day (Vietnam) — in; 2: 23:59 the day before — out.
      dossier({ submittedAt: '2023-01-01T00:00:00+07:00' }),
      dossier({ submittedAt: '2022-12-31T23:59:59+07:00' }),
      // 3: 23:59:59 on the last day — in; 4: midnight after it (17:00 UTC) — out.
      dossier({ submittedAt: '2023-06-30T23:59:59+07:00' }),
      dossier({ submittedAt: '2023-06-30T17:00:00Z' }),
      // 5: withdrawn within the period — out; 6: withdrawn after it — in; 7: rejected within — out.
      dossier({ end: { status: 'withdrawn', at: '2023-05-01T10:00:00+07:00' } }),
      dossier({ end: { status: 'withdrawn', at: '2023-07-01T00:00:00+07:00' } }),
      dossier({ end: { status: 'rejected', at: '2023-06-30T23:00:00+07:00' } }),
      // 8: the council concluded within: the failed nominee is out, the other still waits for the decision.
      dossier({
        end: { status: 'concluded', at: '2023-06-01T10:00:00+07:00' },
        nominees: [nominee({ failed: true }), nominee({ kind: 'CSTD_TINH' })],
      }),
      // 9: addressed to the district itself — its own authority, not proposed upward; 10: a draft; 11: a commune's.
      dossier({ authority: 'D1', label: 'Chủ tịch UBND huyện Một', nominees: [nominee({ kind: 'GK' })] }),
      dossier({ submittedAt: null }),
      dossier({ proposing: 'C11' }),
      // 12: returned and resubmitted in the period, first sent in the previous one — out.
      dossier({ submittedAt: '2022-11-01T10:00:00+07:00', resubmittedAt: '2023-02-01T10:00:00+07:00' }),
      // 13 → 14: proposed to the Prime Minister, forwarded by the province; the copy decided after the period
      // (13's first nominee pending), its second copy decided within (out), third copy's dossier rejected.
      dossier({
        authority: null,
        label: 'Thủ tướng Chính phủ',
        forwardedTo: 14,
        nominees: [
          nominee({ kind: 'BK_TTG', copy: true }),
          nominee({ kind: 'BK_TTG', copy: true }),
          nominee({ kind: 'BK_TTG', copy: false }),
        ],
      }),
      dossier({
        proposing: 'P',
        authority: null,
        label: 'Thủ tướng Chính phủ',
        submittedAt: '2023-04-01T10:00:00+07:00',
        nominees: [
          nominee({ kind: 'BK_TTG', decidedOn: '2023-08-01' }),
          nominee({ kind: 'BK_TTG', decidedOn: '2023-05-01' }),
        ],
      }),
    ],
  };
  const got = await check(world, 'D1', '2023-01-01', '2023-06-30');
  assert.deepEqual(simplify(got), [
    'proposed central Thủ tướng Chính phủ BK_TTG individual 2',
    'proposed province Chủ tịch UBND tỉnh Thử CSTD_TINH individual 1',
    'proposed province Chủ tịch UBND tỉnh Thử BK_TINH individual 6',
    'proposed province Chủ tịch UBND tỉnh Thử BK_TINH collective 1',
  ]);
  // The province's report: its forwarded dossier to the Prime Minister (one copy still pending at its end).
  const province = await check(world, 'P', '2023-01-01', '2023-06-30');
  assert.deepEqual(simplify(province), ['proposed central Thủ tướng Chính phủ BK_TTG individual 1']);
  // A later period: the decision of 01/8 closes it.
  assert.deepEqual(await check(world, 'P', '2023-01-01', '2023-12-31'), []);
});

// ---- Property --------------------------------------------------------------------------------------------------

const DATES = [
  '2022-12-31',
  '2023-01-01',
  '2023-02-14',
  '2023-06-29',
  '2023-06-30',
  '2023-07-01',
  '2023-12-31',
];
const INSTANTS = [
  '2022-12-31T16:59:59Z',
  '2022-12-31T17:00:00Z',
  '2023-03-10T08:00:00+07:00',
  '2023-06-30T16:59:59Z',
  '2023-06-30T17:00:00Z',
  '2023-09-01T08:00:00+07:00',
];
const AUTHORITIES: AuthoritySpec[] = [
  PM,
  PROVINCE,
  DISTRICT1,
  COMMUNE11,
  { unit: 'D2', label: 'Chủ tịch UBND huyện Hai' },
  { unit: 'S', label: 'Giám đốc Sở Nội vụ' },
  { unit: null, code: null, label: 'Chủ tịch nước' },
  { unit: null, code: 'chu_tich_nuoc', label: 'Chủ tịch nước' },
];
const KINDS: AwardKindCode[] = ['GK', 'BK_TINH', 'BK_TTG', 'LDTT', 'HC_LAO_DONG_3', 'CO_TINH'];
const SUBJECTS: SubjectKind[] = ['individual', 'collective', 'household'];

const awardArb: fc.Arbitrary<AwardSpec> = fc.record({
  subject: fc.constantFrom(...UNIT_KEYS),
  subjectKind: fc.constantFrom(...SUBJECTS),
  kind: fc.constantFrom(...KINDS),
  date: fc.constantFrom(...DATES),
  authority: fc.constantFrom(...AUTHORITIES),
  revokedOn: fc.option(fc.constantFrom(...DATES)),
  viaDecision: fc.boolean(),
});
const nomineeArb: fc.Arbitrary<NomineeSpec> = fc.record({
  kind: fc.constantFrom(...KINDS),
  subjectKind: fc.constantFrom(...SUBJECTS),
  failed: fc.boolean(),
  decidedOn: fc.option(fc.constantFrom(...DATES)),
  copy: fc.boolean(),
});
const dossierArb: fc.Arbitrary<DossierSpec> = fc.record({
  proposing: fc.constantFrom<UnitKey>('P', 'D1', 'D1', 'D2', 'C11', 'S'),
  authority: fc.constantFrom<UnitKey | null>(null, 'P', 'D1', 'D2'),
  label: fc.constantFrom('Chủ tịch UBND tỉnh Thử', 'Thủ tướng Chính phủ', 'Chủ tịch UBND huyện Một'),
  submittedAt: fc.option(fc.constantFrom(...INSTANTS), { freq: 5 }),
  resubmittedAt: fc.option(fc.constantFrom(...INSTANTS.slice(2)), { freq: 1 }),
  end: fc.option(
    fc.record({
      status: fc.constantFrom<'withdrawn' | 'rejected' | 'concluded'>('withdrawn', 'rejected', 'concluded'),
      at: fc.constantFrom(...INSTANTS),
    }),
  ),
  nominees: fc.array(nomineeArb, { minLength: 1, maxLength: 4 }),
  forwardedTo: fc.constant(null),
});
/** Dossiers, each forwarding (maybe) to one after it in the list; a resubmission never precedes the submission. */
const worldArb: fc.Arbitrary<World> = fc
  .record({
    awards: fc.array(awardArb, { maxLength: 25 }),
    dossiers: fc.array(dossierArb, { maxLength: 8 }),
    links: fc.array(fc.nat(), { maxLength: 8 }),
  })
  .map(({ awards: a, dossiers: list, links }) => ({
    awards: a,
    dossiers: list.map((d, i) => {
      const target = i + 1 + ((links[i] ?? 0) % Math.max(1, list.length - i - 1));
      const forwardedTo = links[i] !== undefined && target < list.length ? target : null;
      const after = (x: string | null | undefined) =>
        x && d.submittedAt && Date.parse(x) > Date.parse(d.submittedAt) ? x : null;
      const end = d.end && after(d.end.at) ? d.end : null;
      return { ...d, forwardedTo, resubmittedAt: after(d.resubmittedAt), end };
    }),
  }));

test('property: every count equals an independent count of the generated world', async () => {
  await fc.assert(
    fc.asyncProperty(
      worldArb,
      fc.constantFrom<UnitKey>('P', 'D1', 'C11', 'S'),
      fc.constantFrom(
        ['2023-01-01', '2023-06-30'],
        ['2023-01-01', '2023-12-31'],
        ['2023-07-01', '2023-12-31'],
      ),
      async (world, unit, [from, to]) => {
        await check(world, unit, from!, to!);
      },
    ),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
  );
});
