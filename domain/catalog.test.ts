import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  REGIMES,
  RegimeError,
  authorityFor,
  awardKindAt,
  declaredParams,
  paramValue,
  regimeAt,
  regimeById,
  regimeForYear,
  resolveCatalog,
  sourceText,
  validateOverlayParams,
  type LocalOverlay,
} from './catalog';
import { ALL_CRITERION_IDS } from './regimes/criteria-ids';
import type { AwardKindCode, RegimeId } from './regimes/types';

const HONOURS: AwardKindCode[] = [
  'HC_SAO_VANG',
  'HC_HO_CHI_MINH',
  'HC_DOC_LAP_1',
  'HC_DOC_LAP_2',
  'HC_DOC_LAP_3',
  'HC_LAO_DONG_1',
  'HC_LAO_DONG_2',
  'HC_LAO_DONG_3',
  'AHLD',
];
const COMMON: AwardKindCode[] = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTDTQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TINH',
  'CO_CP',
  'BK_TINH',
  'BK_TTG',
  'GK',
  'THON_VH',
  'GDVH',
  ...HONOURS,
];
const EXPECTED: Record<RegimeId, AwardKindCode[]> = {
  A: COMMON,
  B: [...COMMON, 'CSTT', 'XA_TB'],
  C: [...COMMON, 'CSTT', 'XA_TB', 'KNC'],
};

for (const regime of REGIMES) {
  test(`regime ${regime.id} (legal.md §2–3): has exactly the award kinds that apply in it`, () => {
    assert.deepEqual(Object.keys(regime.kinds).sort(), [...EXPECTED[regime.id]].sort());
  });

  test(`regime ${regime.id} (legal.md §0–3): every kind is complete and consistent`, () => {
    for (const def of Object.values(regime.kinds)) {
      assert.ok(def, 'kind defined');
      const where = `${regime.id}/${def.code}`;
      assert.match(def.name, /[À-ỹ]/u, `${where}: Vietnamese name with diacritics`);
      assert.ok(def.subjects.length > 0 && def.awardTypes.length > 0, where);
      assert.ok(def.authorities.length > 0, `${where}: an awarding authority`);
      assert.ok(def.basis.length > 0, `${where}: a legal basis`);
      assert.ok(def.criteria.length > 0, `${where}: criteria`);
      const params = new Map((def.params ?? []).map((p) => [p.key, p]));
      assert.equal(params.size, (def.params ?? []).length, `${where}: parameter keys unique`);
      for (const c of def.criteria) {
        assert.ok(ALL_CRITERION_IDS.includes(c.id), `${where}: ${c.id} is declared in criteria-ids.ts`);
        assert.match(c.text, /[À-ỹ]/u, `${where}: ${c.id} text in Vietnamese`);
        if (c.param) assert.ok(params.has(c.param), `${where}: ${c.id} refers to a declared parameter`);
        if (c.enabledBy)
          assert.equal(params.get(c.enabledBy)?.kind, 'boolean', `${where}: ${c.id} enabledBy`);
        assert.equal(
          c.group === undefined,
          c.option === undefined,
          `${where}: ${c.id} group and option together`,
        );
        if (c.basis.tag === 'U')
          assert.ok(c.assumption || def.assumption, `${where}: ${c.id} U → assumption`);
        for (const s of c.subjects ?? [])
          assert.ok(def.subjects.includes(s), `${where}: ${c.id} subject ${s}`);
      }
      const ids = def.criteria.map((c) => `${c.id}|${(c.subjects ?? []).join()}`);
      assert.equal(new Set(ids).size, ids.length, `${where}: criterion ids unique`);
      for (const p of def.params ?? []) {
        if (p.basis.tag === 'U') assert.equal(p.assumption, true, `${where}: ${p.key} U → assumption`);
        if (p.kind === 'boolean') assert.equal(typeof p.default, 'boolean', `${where}: ${p.key}`);
        else assert.equal(typeof p.default, 'number', `${where}: ${p.key}`);
      }
      if (def.vote.required) {
        assert.ok(
          def.vote.threshold !== null || (def.vote.thresholdParam && params.has(def.vote.thresholdParam)),
          `${where}: a ballot has a threshold or a declared threshold parameter`,
        );
      }
      if (def.vote.thresholdParam)
        assert.ok(params.has(def.vote.thresholdParam), `${where}: thresholdParam declared`);
      if (def.vote.basis.tag === 'U')
        assert.ok(def.vote.assumption || def.assumption, `${where}: vote U → assumption`);
      if (def.quota?.shareParam)
        assert.ok(params.has(def.quota.shareParam), `${where}: quota param declared`);
      for (const s of def.subjects) {
        if (def.money[s] === undefined)
          assert.ok(def.money.assumption, `${where}: no money for ${s} only as an assumption`);
      }
    }
  });

  test(`regime ${regime.id} (local overlay, legal.md header): a parameter key means the same thing in every kind`, () => {
    for (const def of Object.values(regime.kinds)) {
      for (const p of def?.params ?? []) {
        const declared = declaredParams(regime).get(p.key);
        assert.equal(declared?.def.kind, p.kind, `${regime.id}/${def?.code}: ${p.key}`);
      }
    }
  });
}

test('regime boundaries (L22 Đ94; N98; N152 Đ59): 31/12/2023 → A, 01/01/2024 → B, 30/06/2025 → B, 01/07/2025 → C', () => {
  assert.equal(regimeAt('2017-10-01').id, 'A');
  assert.equal(regimeAt('2023-12-31').id, 'A');
  assert.equal(regimeAt('2024-01-01').id, 'B');
  assert.equal(regimeAt('2025-06-30').id, 'B');
  assert.equal(regimeAt('2025-07-01').id, 'C');
  assert.equal(regimeAt('2031-05-05').id, 'C');
});

test('before regime A (N91 in force from 01/10/2017): a clear Vietnamese error; malformed dates refused', () => {
  assert.throws(
    () => regimeAt('2017-09-30'),
    (e: unknown) => e instanceof RegimeError && /01\/10\/2017/.test(e.message),
  );
  assert.throws(() => regimeAt('2024-13-01'), RegimeError);
  assert.throws(() => regimeAt('01/07/2025'), /không hợp lệ/);
  assert.throws(() => regimeById('Z' as RegimeId), RegimeError);
});

test('achievement year → regime in force on 31 December (legal.md §12): 2017 → A, 2023 → A, 2024 → B, 2025 → C', () => {
  assert.equal(regimeForYear(2017).id, 'A');
  assert.equal(regimeForYear(2023).id, 'A');
  assert.equal(regimeForYear(2024).id, 'B');
  assert.equal(regimeForYear(2025).id, 'C');
  assert.throws(() => regimeForYear(2016), RegimeError);
  assert.throws(() => regimeForYear(2024.5), RegimeError);
});

test('awardKindAt (legal.md §2–3): KNC from 01/07/2025 (N152 Đ54); CSTT and XA_TB from 2024 (L22 Đ24, Đ29)', () => {
  assert.equal(awardKindAt('KNC', '2025-06-30'), null);
  assert.equal(awardKindAt('KNC', '2025-07-01')?.name, 'Kỷ niệm chương');
  assert.equal(awardKindAt('CSTT', '2023-12-31'), null);
  assert.equal(awardKindAt('CSTT', '2024-01-01')?.name, 'Chiến sĩ tiên tiến');
  assert.equal(awardKindAt('XA_TB', '2024-05-01')?.name, 'Xã, phường, thị trấn tiêu biểu');
  assert.equal(awardKindAt('XA_TB', '2025-07-01')?.name, 'Xã, phường, đặc khu tiêu biểu');
  assert.equal(awardKindAt('XA_TB', '2025-07-01')?.assumption, true);
});

test('LĐTT tenure (TT01 Đ1 k5 d; N91 Đ10; TT15 U): 10 months in A, 6 in B, 6 in C as an assumption', () => {
  const at = (date: string) => resolveCatalog(date, []).kinds.LDTT!.params.tenureMonthsMin!;
  assert.equal(at('2020-01-01').value, 10);
  assert.equal(at('2024-06-01').value, 6);
  assert.equal(at('2024-06-01').assumption, false);
  assert.equal(at('2025-12-31').value, 6);
  assert.equal(at('2025-12-31').assumption, true);
});

test('TTLĐTT share of LĐTT (L03 Đ28 V: > 50%; L22 Đ28 S: ≥ 70%)', () => {
  const a = resolveCatalog('2023-12-31', []).kinds.TTLDTT!.params.ldttShareMin!;
  assert.deepEqual([a.value, a.strict], [0.5, true]);
  const b = resolveCatalog('2024-12-31', []).kinds.TTLDTT!.params.ldttShareMin!;
  assert.deepEqual([b.value, b.strict], [0.7, false]);
  assert.equal(resolveCatalog('2025-12-31', []).kinds.TTLDXS!.params.ttldxsLdttShareMin!.value, 0.7);
});

test('ballots (N98 Đ30 k7: 90% CSTĐ tỉnh, CSTĐTQ, AH; 80% CSTĐCS, Cờ tỉnh, Cờ CP; none for LĐTT)', () => {
  const b = regimeById('B').kinds;
  assert.deepEqual(
    (['CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'CO_TINH', 'CO_CP', 'AHLD'] as const).map((k) => b[k]!.vote.threshold),
    [0.8, 0.9, 0.9, 0.8, 0.8, 0.9],
  );
  assert.ok(
    ['CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'CO_TINH', 'CO_CP', 'AHLD'].every(
      (k) => b[k as AwardKindCode]!.vote.required,
    ),
  );
  assert.equal(b.LDTT!.vote.required, false);
  assert.equal(b.TTLDTT!.vote.required, false);
  assert.equal(b.CSTDCS!.vote.assumption, undefined);
});

test('ballots in regime C (N152 thresholds U, legal.md §13.3): same as B, assumptions, overridable', () => {
  const c = resolveCatalog('2025-12-31', []);
  for (const [code, t] of [
    ['CSTDCS', 0.8],
    ['CSTD_TINH', 0.9],
    ['CSTDTQ', 0.9],
    ['CO_TINH', 0.8],
    ['CO_CP', 0.8],
    ['AHLD', 0.9],
  ] as const) {
    const kind = c.kinds[code]!;
    assert.equal(kind.vote.threshold, t, code);
    assert.equal(kind.def.vote.assumption, true, code);
    assert.equal(kind.vote.source.type === 'national' && kind.vote.source.assumption, true, code);
  }
});

test('regime A ballots (N91 Đ45 k8 V): 90% for CSTĐ tỉnh, CSTĐTQ, AHLĐ; CSTĐCS left to agencies → 2/3 assumed', () => {
  const a = resolveCatalog('2021-01-01', []);
  assert.equal(a.kinds.CSTD_TINH!.vote.threshold, 0.9);
  assert.equal(a.kinds.CSTDTQ!.vote.threshold, 0.9);
  assert.equal(a.kinds.AHLD!.vote.threshold, 0.9);
  assert.equal(a.regime.kinds.CSTDCS!.vote.threshold, null);
  assert.equal(a.kinds.CSTDCS!.vote.threshold, 2 / 3);
  assert.equal(a.kinds.CSTDCS!.params.cstdcsVoteThreshold!.assumption, true);
});

test('quota (N91 Đ9 k3): CSTĐCS ≤ 15% of LĐTT in regime A only', () => {
  const a = resolveCatalog('2022-06-01', []).kinds.CSTDCS!.quota!;
  assert.deepEqual([a.maxShareOf, a.share], ['LDTT', 0.15]);
  assert.equal(resolveCatalog('2024-06-01', []).kinds.CSTDCS!.quota, null);
  assert.equal(resolveCatalog('2025-09-01', []).kinds.CSTDCS!.quota, null);
});

test('money multipliers (N152 Đ50, Đ51, Đ52, Đ54; N91): titles, forms, household = 1.5 × individual', () => {
  const c = regimeById('C').kinds;
  assert.equal(c.LDTT!.money.individual, 0.3);
  assert.equal(c.CSTDCS!.money.individual, 1);
  assert.equal(c.CSTD_TINH!.money.individual, 3);
  assert.equal(c.CSTDTQ!.money.individual, 4.5);
  assert.equal(c.TTLDTT!.money.collective, 0.8);
  assert.equal(c.TTLDXS!.money.collective, 1.5);
  assert.equal(c.CO_TINH!.money.collective, 8);
  assert.equal(c.CO_CP!.money.collective, 12);
  assert.deepEqual(
    [c.BK_TINH!.money.individual, c.BK_TINH!.money.collective, c.BK_TINH!.money.household],
    [1.5, 3, 2.25],
  );
  assert.deepEqual([c.BK_TTG!.money.individual, c.BK_TTG!.money.collective], [3.5, 7]);
  assert.deepEqual([c.GK!.money.individual, c.GK!.money.collective, c.GK!.money.household], [0.3, 0.6, 0.45]);
  assert.equal(c.THON_VH!.money.collective, 1.5);
  assert.equal(c.XA_TB!.money.collective, 2);
  assert.deepEqual([c.KNC!.money.individual, c.KNC!.money.isCap], [0.6, true]);
  assert.deepEqual([c.HC_SAO_VANG!.money.individual, c.HC_SAO_VANG!.money.collective], [46, 92]);
  assert.equal(c.HC_LAO_DONG_3!.money.individual, 4.5);
  assert.deepEqual([c.AHLD!.money.individual, c.AHLD!.money.collective], [15.5, 31]);
  const a = regimeById('A').kinds;
  assert.deepEqual([a.BK_TINH!.money.individual, a.BK_TINH!.money.collective], [1, 2]);
  assert.equal(regimeById('B').kinds.BK_TINH!.money.assumption, true, 'B multipliers assumed = N152 (U)');
  assert.notEqual(c.BK_TINH!.money.assumption, true);
});

test('public disclosure (legal.md §9: N98 Đ46 k1–k2, N86 Đ8, N91 Đ45 k10)', () => {
  const b = regimeById('B').kinds;
  assert.equal(b.CSTDTQ!.disclosure?.workingDays, 10);
  assert.equal(b.CSTDTQ!.disclosure?.basis.article, 'Điều 46 khoản 1');
  assert.equal(b.HC_LAO_DONG_3!.disclosure?.basis.article, 'Điều 46 khoản 2');
  assert.deepEqual([b.GDVH!.disclosure?.workingDays, b.GDVH!.disclosure?.dayKind], [10, 'calendar']);
  assert.equal(regimeById('A').kinds.HC_LAO_DONG_1!.disclosure?.assumption, true);
  assert.match(regimeById('C').kinds.CSTDTQ!.disclosure!.basis.note!, /Điều 60 khoản 3/);
});

test('authorities in regime C (N129 Đ59): Chủ tịch UBND xã for LĐTT, CSTĐCS, TTLĐTT, GK, thôn văn hóa, GĐVH; no district', () => {
  const commune = { level: 'commune' as const, unitKind: 'commune' };
  for (const code of ['LDTT', 'CSTDCS', 'TTLDTT', 'GK', 'THON_VH', 'GDVH'] as const) {
    assert.equal(authorityFor(code, 'C', commune)?.authority, 'chu_tich_ubnd_xa', code);
  }
  assert.equal(authorityFor('CSTDCS', 'C', { level: 'district', unitKind: 'district' }), null);
  assert.equal(
    authorityFor('CSTDCS', 'C', { level: 'commune', unitKind: 'school' })?.authority,
    'chu_tich_ubnd_xa',
  );
});

test('authorities in regime B (L22 Đ80): xã for LĐTT, GK, GĐVH; huyện for CSTĐCS, TTLĐTT, thôn văn hóa', () => {
  const commune = { level: 'commune' as const, unitKind: 'commune' };
  assert.equal(authorityFor('LDTT', 'B', commune)?.authority, 'chu_tich_ubnd_xa');
  assert.equal(authorityFor('GK', 'B', commune)?.authority, 'chu_tich_ubnd_xa');
  assert.equal(
    authorityFor('GDVH', 'B', { level: 'commune', unitKind: 'village' })?.authority,
    'chu_tich_ubnd_xa',
  );
  for (const code of ['CSTDCS', 'TTLDTT', 'THON_VH'] as const) {
    assert.equal(authorityFor(code, 'B', commune)?.authority, 'chu_tich_ubnd_huyen', code);
  }
  assert.equal(
    authorityFor('GK', 'B', { level: 'district', unitKind: 'school' })?.authority,
    'chu_tich_ubnd_huyen',
  );
  assert.equal(
    authorityFor('CSTDCS', 'B', { level: 'province', unitKind: 'agency' })?.authority,
    'thu_truong_co_quan',
  );
  assert.equal(
    authorityFor('LDTT', 'B', { level: 'province', unitKind: 'enterprise' })?.authority,
    'giam_doc_doanh_nghiep',
  );
  assert.equal(
    authorityFor('GK', 'B', { level: 'commune', unitKind: 'cooperative' })?.label,
    'Chủ tịch Hội đồng quản trị, Giám đốc hợp tác xã',
  );
});

test('authorities in regime A (L03): xã only for GK and GĐVH; huyện for LĐTT, CSTĐCS, TTLĐTT, thôn văn hóa', () => {
  const commune = { level: 'commune' as const, unitKind: 'commune' };
  assert.equal(authorityFor('GK', 'A', commune)?.authority, 'chu_tich_ubnd_xa');
  assert.equal(authorityFor('GDVH', 'A', commune)?.authority, 'chu_tich_ubnd_xa');
  for (const code of ['LDTT', 'CSTDCS', 'TTLDTT', 'THON_VH'] as const) {
    assert.equal(authorityFor(code, 'A', commune)?.authority, 'chu_tich_ubnd_huyen', code);
  }
  assert.equal(authorityFor('CSTT', 'A', commune), null);
});

test('higher authorities (legal.md §6): tỉnh/bộ for BK, Cờ, TTLĐXS, CSTĐ tỉnh; Thủ tướng; Chủ tịch nước', () => {
  for (const id of ['A', 'B', 'C'] as const) {
    for (const code of ['BK_TINH', 'CO_TINH', 'TTLDXS', 'CSTD_TINH'] as const) {
      assert.equal(
        authorityFor(code, id, { level: 'commune', unitKind: 'commune' })?.authority,
        'chu_tich_ubnd_tinh',
      );
      assert.equal(authorityFor(code, id, { level: 'central', unitKind: 'agency' })?.authority, 'bo_truong');
    }
    for (const code of ['CSTDTQ', 'BK_TTG', 'CO_CP'] as const) {
      assert.equal(
        authorityFor(code, id, { level: 'province', unitKind: 'province' })?.authority,
        'thu_tuong',
      );
    }
    for (const code of HONOURS) {
      assert.equal(
        authorityFor(code, id, { level: 'province', unitKind: 'agency' })?.authority,
        'chu_tich_nuoc',
      );
    }
  }
});

// ---- Local overlays ----

const PROVINCE: LocalOverlay = {
  id: 'o-tinh-2025',
  unitId: 'tinh',
  unitName: 'Tỉnh Bắc Ninh',
  document: 'Quyết định 86/2025/QĐ-UBND',
  effectiveFrom: '2025-12-13',
  params: { cstdcsVoteThreshold: 0.75, registrationRequired: true, ldttShareMin: 0.8 },
};
const COMMUNE: LocalOverlay = {
  id: 'o-xa',
  unitId: 'xa',
  unitName: 'Xã Cẩm Bình',
  document: 'Quyết định 12/2026/QĐ-UBND',
  effectiveFrom: '2026-01-01',
  params: { registrationRequired: false },
};
const CHAIN = ['tinh', 'huyen', 'xa'];

test('overlay (BN86; N152 Đ6 k2c): values set by the province apply with the document as their source', () => {
  const cat = resolveCatalog('2026-02-01', [PROVINCE], CHAIN);
  assert.equal(cat.regime.id, 'C');
  assert.equal(paramValue('CSTDCS', 'cstdcsVoteThreshold', cat), 0.75);
  assert.equal(cat.kinds.CSTDCS!.vote.threshold, 0.75);
  const src = cat.kinds.CSTDCS!.vote.source;
  assert.equal(src.type === 'overlay' && src.document, 'Quyết định 86/2025/QĐ-UBND');
  assert.equal(cat.kinds.CSTDCS!.params.cstdcsVoteThreshold!.assumption, false);
  assert.equal(paramValue('TTLDTT', 'ldttShareMin', cat), 0.8);
  assert.equal(
    sourceText(cat.kinds.TTLDTT!.params.ldttShareMin!.source),
    'Quyết định 86/2025/QĐ-UBND (Tỉnh Bắc Ninh, áp dụng từ 13/12/2025)',
  );
  const national = cat.kinds.CSTD_TINH!.vote.source;
  assert.equal(national.type, 'national');
  assert.match(
    sourceText(national),
    /^Quy định chung: .*Nghị định 152\/2025\/NĐ-CP \(giả định, chưa kiểm chứng\)$/,
  );
  assert.equal(paramValue('LDTT', 'registrationRequired', cat), true);
});

test('overlay (local overlay rule): the nearest unit wins per parameter; farther values remain', () => {
  const cat = resolveCatalog('2026-02-01', [COMMUNE, PROVINCE], CHAIN);
  assert.deepEqual(
    cat.overlays.map((o) => o.id),
    ['o-tinh-2025', 'o-xa'],
  );
  const reg = cat.kinds.LDTT!.params.registrationRequired!;
  assert.equal(reg.value, false);
  assert.equal(reg.source.type === 'overlay' && reg.source.unitName, 'Xã Cẩm Bình');
  assert.equal(paramValue('CSTDCS', 'cstdcsVoteThreshold', cat), 0.75);
});

test('overlay (versioned quy chế): not yet in force, superseded versions, repealed ones and other branches are ignored', () => {
  assert.equal(
    paramValue('CSTDCS', 'cstdcsVoteThreshold', resolveCatalog('2025-12-12', [PROVINCE], CHAIN)),
    0.8,
  );
  const v2: LocalOverlay = {
    ...PROVINCE,
    id: 'o-tinh-2026',
    effectiveFrom: '2026-06-01',
    params: { cstdcsVoteThreshold: 0.9 },
  };
  const later = resolveCatalog('2026-07-01', [v2, PROVINCE], CHAIN);
  assert.equal(paramValue('CSTDCS', 'cstdcsVoteThreshold', later), 0.9);
  assert.equal(
    paramValue('TTLDTT', 'ldttShareMin', later),
    0.7,
    'the new version replaces the old one entirely',
  );
  const repealed = { ...PROVINCE, effectiveTo: '2026-03-31' };
  assert.equal(
    paramValue('CSTDCS', 'cstdcsVoteThreshold', resolveCatalog('2026-04-01', [repealed], CHAIN)),
    0.8,
  );
  const otherBranch = { ...PROVINCE, unitId: 'tinh-khac' };
  assert.equal(
    paramValue('CSTDCS', 'cstdcsVoteThreshold', resolveCatalog('2026-02-01', [otherBranch], CHAIN)),
    0.8,
  );
});

test('overlay (legal.md header: only what the regime leaves to the locality): undeclared parameters refused in Vietnamese', () => {
  const c = regimeById('C');
  assert.deepEqual(validateOverlayParams(c, { cstdcsVoteThreshold: 0.75, 'GK.gkRequireHtxs': true }), []);
  const errors = validateOverlayParams(c, {
    moneyMultiplier: 2,
    'GK.unknown': true,
    'FOO.cstdcsVoteThreshold': 0.8,
    registrationRequired: 1,
    cstdcsVoteThreshold: 1.5,
    ldttShareMin: 0.6,
    tenureMonthsMin: 6.5,
  });
  assert.equal(errors.length, 7);
  assert.match(errors[0]!, /Tham số "moneyMultiplier" không thuộc phạm vi quy chế địa phương/);
  assert.match(errors[1]!, /Giấy khen/);
  assert.match(errors[2]!, /không có loại khen thưởng "FOO"/);
  assert.match(errors[3]!, /đúng\/sai/);
  assert.match(errors[4]!, /từ 0 đến 1/);
  assert.match(errors[5]!, /không được nhỏ hơn 0.7/);
  assert.match(errors[6]!, /số nguyên/);
  // cstdcsVoteThreshold is national (not overridable) in regime B.
  assert.equal(validateOverlayParams(regimeById('B'), { cstdcsVoteThreshold: 0.75 }).length, 1);
  assert.deepEqual(
    validateOverlayParams(regimeById('A'), { cstdcsVoteThreshold: 0.75, cstdcsQuotaShare: 0.1 }),
    [],
  );
});

test('overlay (regime change): values a regime does not declare are reported as ignored, not applied', () => {
  const a: LocalOverlay = {
    ...PROVINCE,
    effectiveFrom: '2020-01-01',
    params: { cstdcsVoteThreshold: 0.7, cstdcsQuotaShare: 0.1 },
  };
  const inA = resolveCatalog('2021-01-01', [a], CHAIN);
  assert.equal(inA.kinds.CSTDCS!.vote.threshold, 0.7);
  assert.equal(inA.kinds.CSTDCS!.quota!.share, 0.1);
  const inB = resolveCatalog('2024-06-01', [a], CHAIN);
  assert.equal(inB.kinds.CSTDCS!.vote.threshold, 0.8);
  assert.deepEqual(
    inB.ignored.map((i) => i.key),
    ['cstdcsVoteThreshold', 'cstdcsQuotaShare'],
  );
  assert.throws(() => paramValue('LDTT', 'nope', inB), RegimeError);
});

test('overlay (N152 Đ6 k2c; L22 Đ75 k2): a "CODE.key" value applies only to that kind', () => {
  const o: LocalOverlay = {
    ...PROVINCE,
    params: { 'GK.gkRequireHtxs': true, 'TTLDXS.registrationRequired': true },
  };
  const cat = resolveCatalog('2026-02-01', [o]);
  assert.equal(paramValue('GK', 'gkRequireHtxs', cat), true);
  assert.equal(paramValue('TTLDXS', 'registrationRequired', cat), true);
  assert.equal(paramValue('TTLDTT', 'registrationRequired', cat), false);
});
