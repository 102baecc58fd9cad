// The what-if form: its values (dates as dayjs, shares as percentages) and the conversions to and from the
// inline history of POST /api/eligibility/evaluate.
import type { Dayjs } from 'dayjs';
import type {
  AwardKindCode,
  DisciplineKind,
  EligibilityRequest,
  InitiativeLevel,
  Rating,
  SubjectHistory,
} from '../../../../domain/regimes/types';
import { fromIsoDate, toIsoDate } from '../../../lib/format';

export interface AwardRow {
  awardKind: AwardKindCode;
  year: number;
  decisionNumber?: string | null;
  decisionDate?: Dayjs | null;
  revoked?: boolean;
  id?: string;
}
export interface RatingRow {
  year: number;
  rating: Rating;
}
export interface InitiativeRow {
  id: string;
  title?: string;
  level: InitiativeLevel;
  recognizedOn: Dayjs | null;
  usedByAward: string | null;
}
export interface DisciplineRow {
  kind: DisciplineKind;
  from: Dayjs | null;
  to: Dayjs | null;
}
export interface MemberStatsRow {
  year: number;
  members: number;
  /** Percent 0–100 on screen; a share 0–1 in the API. */
  ldttPercent: number;
  completedPercent: number;
  cstdcsCount: number;
  seriousDiscipline: boolean;
}

export interface GroupResultRow {
  year: number;
  leading: boolean;
  groupName?: string;
}

export interface WhatIfValues {
  asOf: Dayjs;
  request: EligibilityRequest;
  /** The unit whose local overlays (quy chế) apply; none: national rules only. */
  unitId?: string | null;
  recruitedOn: Dayjs | null;
  pendingInvestigation: boolean;
  awards: AwardRow[];
  ratings: RatingRow[];
  initiatives: InitiativeRow[];
  disciplines: DisciplineRow[];
  memberStats: MemberStatsRow[];
  groupResults: GroupResultRow[];
}

/** The inline history of the API: the domain's SubjectHistory plus the cluster results of collectives. */
export type InlineHistory = SubjectHistory & {
  groupResults?: { year: number; leading: boolean; groupName?: string }[];
};

export interface InlineEvaluateBody {
  asOf: string;
  request: EligibilityRequest;
  history: InlineHistory;
  unitId?: string;
}

const percentOf = (share: number) => Math.round(share * 10000) / 100;
const shareOf = (percent: number) => Math.round(percent * 100) / 10000;

/** The form values → the inline request body. */
export function toEvaluateBody(values: WhatIfValues): InlineEvaluateBody {
  const history: InlineHistory = {
    recruitedOn: toIsoDate(values.recruitedOn),
    pendingInvestigation: values.pendingInvestigation,
    awards: (values.awards ?? []).map((a) => ({
      awardKind: a.awardKind,
      year: a.year,
      decisionNumber: a.decisionNumber || null,
      decisionDate: toIsoDate(a.decisionDate),
      revoked: a.revoked === true,
      ...(a.id ? { id: a.id } : {}),
    })),
    ratings: (values.ratings ?? []).map((r) => ({ year: r.year, rating: r.rating })),
    initiatives: (values.initiatives ?? []).map((i, index) => ({
      id: i.id || `sk-${index + 1}`,
      ...(i.title ? { title: i.title } : {}),
      level: i.level,
      recognizedOn: toIsoDate(i.recognizedOn) ?? '',
      usedByAward: i.usedByAward || null,
    })),
    disciplines: (values.disciplines ?? []).map((d) => ({
      kind: d.kind,
      from: toIsoDate(d.from) ?? '',
      to: toIsoDate(d.to),
    })),
    memberStats: (values.memberStats ?? []).map((m) => ({
      year: m.year,
      members: m.members,
      ldttShare: shareOf(m.ldttPercent),
      completedShare: shareOf(m.completedPercent),
      cstdcsCount: m.cstdcsCount,
      seriousDiscipline: m.seriousDiscipline === true,
    })),
    groupResults: (values.groupResults ?? []).map((g) => ({
      year: g.year,
      leading: g.leading === true,
      ...(g.groupName ? { groupName: g.groupName } : {}),
    })),
  };
  return {
    asOf: toIsoDate(values.asOf) ?? '',
    request: values.request,
    history,
    ...(values.unitId ? { unitId: values.unitId } : {}),
  };
}

/** A loaded history (from a person's or a unit's records) → the editable rows. */
export function historyToRows(history: InlineHistory): Omit<WhatIfValues, 'asOf' | 'request' | 'unitId'> {
  return {
    recruitedOn: fromIsoDate(history.recruitedOn ?? null),
    pendingInvestigation: history.pendingInvestigation === true,
    awards: (history.awards ?? []).map((a) => ({
      awardKind: a.awardKind,
      year: a.year,
      decisionNumber: a.decisionNumber ?? null,
      decisionDate: fromIsoDate(a.decisionDate ?? null),
      revoked: a.revoked === true,
      ...(a.id ? { id: a.id } : {}),
    })),
    ratings: (history.ratings ?? []).map((r) => ({ year: r.year, rating: r.rating })),
    initiatives: (history.initiatives ?? []).map((i) => ({
      id: i.id,
      ...(i.title ? { title: i.title } : {}),
      level: i.level,
      recognizedOn: fromIsoDate(i.recognizedOn),
      usedByAward: i.usedByAward,
    })),
    disciplines: (history.disciplines ?? []).map((d) => ({
      kind: d.kind,
      from: fromIsoDate(d.from),
      to: fromIsoDate(d.to),
    })),
    memberStats: (history.memberStats ?? []).map((m) => ({
      year: m.year,
      members: m.members,
      ldttPercent: percentOf(m.ldttShare),
      completedPercent: percentOf(m.completedShare),
      cstdcsCount: m.cstdcsCount,
      seriousDiscipline: m.seriousDiscipline,
    })),
    groupResults: (history.groupResults ?? []).map((g) => ({ ...g })),
  };
}

/** The example of issue #3: a CSTĐ tỉnh check for 2025 with a short history to edit. */
export const EXAMPLE_BODY: InlineEvaluateBody = {
  asOf: '2025-12-31',
  request: { subjectKind: 'individual', awardKind: 'CSTD_TINH', year: 2025, awardType: 'cong_trang' },
  history: {
    recruitedOn: '2015-03-01',
    awards: [{ awardKind: 'CSTDCS', year: 2023, decisionDate: '2023-12-20', revoked: false }],
    ratings: [{ year: 2025, rating: 'HTXS' }],
    initiatives: [{ id: 'sk-1', level: 'province', recognizedOn: '2025-06-01', usedByAward: null }],
    disciplines: [{ kind: 'khien_trach', from: '2024-01-01', to: '2024-12-31' }],
    pendingInvestigation: false,
    memberStats: [
      {
        year: 2025,
        members: 20,
        ldttShare: 0.8,
        completedShare: 1.0,
        cstdcsCount: 1,
        seriousDiscipline: false,
      },
    ],
  },
};

/** Form values from an inline body. */
export function valuesFromBody(body: InlineEvaluateBody): WhatIfValues {
  return {
    asOf: fromIsoDate(body.asOf)!,
    request: body.request,
    ...historyToRows(body.history),
  };
}
