// Demo movements: every movement of the seed report (seed-report-facts.json `movements`) and its commemoration,
// entered through the movements service. A movement the report follows at several levels becomes one movement
// per level, each under the one above (the Prime Minister's → the province's plan → the district's), with the
// documents of that level by role, its activities, and the figures the district reports ("hơn 632 doanh nghiệp").
// Names, variants, activities and figures are taken from the facts as written; the reader's remarks in brackets
// ("(suy luận)", "(tên trong …)") become notes. Statuses record only what the report says: the district's
// movements are being carried out, the đợt cao điểm has been reviewed (sơ kết); nothing else is invented.
import type { AuthorityLevel } from '../../../domain/documents';
import type { DocumentRole, MovementKind, ValueQualifier } from '../../../domain/movements';
import type { Actor } from '../../lib/actor';
import { addIndicator, recordValue } from '../../modules/movements/movements.indicators';
import { changeStatus, createMovement } from '../../modules/movements/movements.service';
import type { Db } from '../client';
import { factMovement, remarkOf, SEED_REPORT, withoutRemark } from './seed-report';

/** The report's period: its figures stand "đến nay", within the first half of 2023. */
export const REPORT_PERIOD = { from: '2023-01-01', to: '2023-06-30' };

const QUALIFIERS: Record<string, ValueQualifier> = {
  'hơn (more than)': 'more_than',
  'gần (nearly)': 'nearly',
};

interface LevelSpec {
  key: string;
  parent?: string;
  name: string;
  nameVariants?: string[];
  kind: MovementKind;
  /** Demo unit key the movement belongs to; `launching` when that unit launched it. */
  unit: 'tinh' | 'cx';
  launching: boolean;
  authorityName: string | null;
  authorityLevel: AuthorityLevel | null;
  period?: { from: string; to: string };
  launchedOn?: string;
  documents?: [factsDocumentId: string, role: DocumentRole][];
  activities?: string[];
  participants?: string[];
  note?: string | null;
  /** The facts movement whose figures this level reports. */
  indicatorsOf?: string;
  /** Status steps the report states. */
  steps?: { action: 'start' | 'review'; occurredOn?: string; note?: string }[];
}

const years = (from: number, to: number) => ({ from: `${from}-01-01`, to: `${to}-12-31` });
const UBND_TINH = 'UBND tỉnh Hà Tĩnh';
const UBND_HUYEN = 'UBND huyện Cẩm Xuyên';
const STARTED = [{ action: 'start' as const }];

/** The levels of every movement of the report, top down (a parent comes before its children). */
export function movementSpecs(): LevelSpec[] {
  const ktxh = factMovement('pt-ktxh-2023');
  const peak = factMovement('dot-cao-diem-mung-dang-mung-xuan');
  const business = factMovement('pt-doanh-nghiep');
  const poor = factMovement('pt-vi-nguoi-ngheo');
  const office = factMovement('pt-van-hoa-cong-so');
  const covid = factMovement('cong-tac-covid19');
  const rural = factMovement('pt-nong-thon-moi');
  const infra = factMovement('pt-ket-cau-ha-tang');
  const [jubilee] = SEED_REPORT.commemorations;
  const provincialKtxh = ktxh.launchedBy.provincial!.body!;
  const ruralBody = rural.launchedBy.provincial!.body!;
  return [
    {
      key: 'ktxh-p',
      name: ktxh.name,
      kind: 'regular',
      unit: 'tinh',
      launching: true,
      authorityName: withoutRemark(provincialKtxh),
      authorityLevel: 'province',
      period: years(2023, 2023),
      launchedOn: '2023-01-19',
      documents: [['ct-01-2023-tinh', 'launching']],
      participants: ['cx'],
      note: `Cơ quan phát động: ${remarkOf(provincialKtxh)} — báo cáo không ghi cơ quan ban hành Chỉ thị 01/CT-UBND.`,
    },
    {
      key: 'ktxh-d',
      parent: 'ktxh-p',
      name: ktxh.name,
      nameVariants: ktxh.nameVariants!.map(withoutRemark),
      kind: 'regular',
      unit: 'cx',
      launching: true,
      authorityName: UBND_HUYEN,
      authorityLevel: 'district',
      period: years(2023, 2023),
      launchedOn: '2023-02-01',
      documents: [
        ['ct-199-2023-huyen', 'launching'],
        ['luat-tdkt', 'related'],
      ],
      activities: ktxh.activities,
      steps: [{ action: 'start', occurredOn: '2023-02-01' }],
    },
    {
      key: 'peak',
      name: peak.name,
      kind: 'campaign',
      unit: 'cx',
      launching: false,
      authorityName: null,
      authorityLevel: null,
      period: years(2023, 2023),
      activities: peak.activities,
      note: 'Báo cáo không nêu cơ quan phát động, văn bản phát động hay ngày sơ kết của đợt thi đua (tổ chức hằng năm).',
      steps: [
        { action: 'start' },
        {
          action: 'review',
          note: 'Kết thúc đợt, các cơ quan, đơn vị, địa phương đã tiến hành sơ kết, đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ.',
        },
      ],
    },
    {
      key: 'business-n',
      name: business.name,
      kind: 'thematic',
      unit: 'tinh',
      launching: false,
      authorityName: business.launchedBy.national!.body,
      authorityLevel: 'central',
    },
    {
      key: 'business-p',
      parent: 'business-n',
      name: business.provincialName!,
      kind: 'thematic',
      unit: 'tinh',
      launching: true,
      authorityName: business.launchedBy.provincial!.body,
      authorityLevel: 'province',
      documents: [
        ['kh-373-tinh', 'implementing'],
        ['nq-65-2018-hdnd', 'related'],
      ],
      participants: ['cx'],
    },
    {
      key: 'business-d',
      parent: 'business-p',
      name: business.name,
      kind: 'thematic',
      unit: 'cx',
      launching: true,
      authorityName: business.launchedBy.district!.body,
      authorityLevel: 'district',
      activities: business.activities,
      indicatorsOf: business.id,
      steps: STARTED,
    },
    {
      key: 'poor-n',
      name: poor.name,
      nameVariants: [withoutRemark(poor.nameVariants![0]!)],
      kind: 'thematic',
      unit: 'tinh',
      launching: false,
      authorityName: null,
      authorityLevel: 'central',
      documents: [['ctmtqg-giam-ngheo', 'related']],
      note: 'Báo cáo không nêu cơ quan phát động cấp trung ương.',
    },
    {
      key: 'poor-d',
      parent: 'poor-n',
      name: withoutRemark(poor.nameVariants![1]!),
      kind: 'thematic',
      unit: 'cx',
      launching: true,
      authorityName: poor.launchedBy.district!.body,
      authorityLevel: 'district',
      period: years(2021, 2025),
      launchedOn: '2022-11-11',
      documents: [['kh-3382-huyen', 'implementing']],
      activities: poor.activities,
      steps: [{ action: 'start', occurredOn: '2022-11-11' }],
    },
    {
      key: 'office-p',
      name: office.provincialName!,
      kind: 'thematic',
      unit: 'tinh',
      launching: true,
      authorityName: office.launchedBy.provincial!.body,
      authorityLevel: 'province',
      period: years(2019, 2025),
      launchedOn: '2019-07-09',
      documents: [['kh-213-2019-tinh', 'implementing']],
      participants: ['cx'],
    },
    {
      key: 'office-d',
      parent: 'office-p',
      name: office.name,
      kind: 'thematic',
      unit: 'cx',
      launching: true,
      authorityName: office.launchedBy.district!.body,
      authorityLevel: 'district',
      period: years(2019, 2025),
      launchedOn: '2019-07-16',
      documents: [
        ['kh-1686-2019-huyen', 'implementing'],
        ['cv-phat-dong-vhcs', 'launching'],
        ['quy-che-vhcv', 'implementing'],
      ],
      note: office.note,
      steps: [{ action: 'start', occurredOn: '2019-07-16' }],
    },
    {
      key: 'covid',
      name: covid.name,
      kind: 'task',
      unit: 'cx',
      launching: false,
      authorityName: null,
      authorityLevel: null,
      activities: covid.activities,
      note: 'Nhiệm vụ được báo cáo cùng các phong trào thi đua, không được gọi là phong trào thi đua.',
      steps: STARTED,
    },
    {
      key: 'rural-p',
      name: rural.name,
      kind: 'thematic',
      unit: 'tinh',
      launching: true,
      authorityName: withoutRemark(ruralBody),
      authorityLevel: 'province',
      period: years(2021, 2025),
      participants: ['cx'],
      note: `${remarkOf(ruralBody)!.replace(/^./u, (c) => c.toUpperCase())}.`,
    },
    {
      key: 'rural-d',
      parent: 'rural-p',
      name: rural.districtName!,
      kind: 'thematic',
      unit: 'cx',
      launching: true,
      authorityName: rural.launchedBy.district!.body,
      authorityLevel: 'district',
      period: years(2021, 2025),
      launchedOn: '2022-01-25',
      documents: [
        ['kh-231-2022-huyen', 'implementing'],
        ['bo-tieu-chi-2016-2020', 'related'],
        ['bo-tieu-chi-2022-2025', 'related'],
      ],
      activities: rural.activities,
      note: rural.note,
      steps: [{ action: 'start', occurredOn: '2022-01-25' }],
    },
    ...rural.subMovements!.map((name, i): LevelSpec => ({
      key: `rural-sub-${i}`,
      parent: 'rural-d',
      name: name.replace(/^“|”$/gu, ''),
      kind: name.startsWith('“') ? 'thematic' : 'campaign',
      unit: 'cx',
      launching: true,
      authorityName: UBND_HUYEN,
      authorityLevel: 'district',
      steps: STARTED,
    })),
    {
      key: 'infra-p',
      name: infra.name,
      kind: 'thematic',
      unit: 'tinh',
      launching: true,
      authorityName: infra.launchedBy.provincial!.body,
      authorityLevel: 'province',
      launchedOn: '2023-03-15',
      documents: [['kh-68-2023-tinh', 'implementing']],
      participants: ['cx'],
    },
    {
      key: 'infra-d',
      parent: 'infra-p',
      name: infra.name,
      nameVariants: infra.nameVariants!.map(withoutRemark),
      kind: 'thematic',
      unit: 'cx',
      launching: true,
      authorityName: infra.launchedBy.district!.body,
      authorityLevel: 'district',
      launchedOn: '2023-04-26',
      documents: [['kh-1321-2023-huyen', 'implementing']],
      steps: [{ action: 'start', occurredOn: '2023-04-26' }],
    },
    {
      key: 'jubilee-p',
      name: jubilee!.name,
      kind: 'commemoration',
      unit: 'tinh',
      launching: true,
      authorityName: UBND_TINH,
      authorityLevel: 'province',
      period: years(2023, 2023),
      launchedOn: '2023-05-31',
      documents: [['kh-196-2023-tinh', 'implementing']],
      participants: ['cx'],
      note: `Kỷ niệm ${jubilee!.dates.text}.`,
    },
    {
      key: 'jubilee-d',
      parent: 'jubilee-p',
      name: jubilee!.name,
      kind: 'commemoration',
      unit: 'cx',
      launching: true,
      authorityName: UBND_HUYEN,
      authorityLevel: 'district',
      period: years(2023, 2023),
      launchedOn: '2023-06-05',
      documents: [['vb-1861-2023-huyen', 'implementing']],
      note: `Kỷ niệm ${jubilee!.dates.text}.`,
      steps: [{ action: 'start', occurredOn: '2023-06-05' }],
    },
  ];
}

/** The figures note: "đến nay (thời điểm báo cáo)" and the report's own remarks. */
function valueNote(indicator: { asOf?: string; note?: string }): string | null {
  const parts = [
    indicator.asOf ? `Số liệu ${indicator.asOf}` : 'Số liệu đến thời điểm báo cáo 6 tháng đầu năm 2023',
    indicator.note ?? null,
  ].filter(Boolean);
  return parts.join('; ');
}

/** Enters the report's movements level by level; returns the database id of each level by its key. */
export async function writeMovements(
  tx: Db,
  actor: Actor,
  unitIds: ReadonlyMap<string, string>,
  documentIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unit = (key: string) => unitIds.get(key)!;
  for (const spec of movementSpecs()) {
    let view = await createMovement(tx, actor, {
      name: spec.name,
      nameVariants: spec.nameVariants ?? [],
      kind: spec.kind,
      parentId: spec.parent ? ids.get(spec.parent)! : null,
      launchingUnitId: spec.launching ? unit(spec.unit) : null,
      unitId: unit(spec.unit),
      authorityName: spec.authorityName,
      authorityLevel: spec.authorityLevel,
      periodFrom: spec.period?.from ?? null,
      periodTo: spec.period?.to ?? null,
      launchedOn: spec.launchedOn ?? null,
      activities: spec.activities ?? [],
      note: spec.note ?? null,
      participantUnitIds: (spec.participants ?? []).map(unit),
      documents: (spec.documents ?? []).map(([doc, role]) => ({ documentId: documentIds.get(doc)!, role })),
    });
    ids.set(spec.key, view.id);
    if (spec.indicatorsOf) {
      for (const fact of factMovement(spec.indicatorsOf).indicators) {
        view = await addIndicator(tx, actor, view.id, { name: fact.indicator, unitOfMeasure: fact.unit });
        const indicator = view.indicators.at(-1)!;
        view = await recordValue(tx, actor, view.id, indicator.id, {
          unitId: unit(spec.unit),
          periodFrom: REPORT_PERIOD.from,
          periodTo: REPORT_PERIOD.to,
          actual: fact.value,
          qualifier: fact.qualifier ? QUALIFIERS[fact.qualifier]! : null,
          note: valueNote(fact),
        });
      }
    }
    for (const step of spec.steps ?? []) {
      view = await changeStatus(tx, actor, view.id, {
        version: view.version,
        action: step.action,
        reviewKind: step.action === 'review' ? 'interim' : null,
        occurredOn: step.occurredOn ?? null,
        note: step.note ?? null,
      });
    }
  }
  return ids;
}
