// The award rounds behind the seed report's section 3.2 (huyện Cẩm Xuyên, 6 tháng đầu năm 2023; facts.json
// awardResults): pure data — what each round proposes, when each step happens, which decisions follow. The
// writer (report-2023.ts) takes the nominees from the demo data and walks every step through the services.
//
// Totals (facts.json): Giấy khen of the district chairman 153 individuals + 66 collectives; the province's Cờ thi
// đua 4, Tập thể lao động xuất sắc 6, Bằng khen 8 collectives + 17 individuals; the Prime Minister's Bằng khen 1
// individual (proposed in 2022, decided in 2023); still pending on 30/06/2023: Bằng khen tỉnh 3 individuals and
// Bằng khen Thủ tướng 1 individual. The split over rounds, the dates and the decision numbers of higher
// authorities are ILLUSTRATIVE (the report gives totals only).
import type { AwardKindCode, AwardType } from '../../../domain/regimes/types';

/** Award kinds of regime A (in force in 2023) used here. */
export type RoundKind = Extract<AwardKindCode, 'GK' | 'BK_TINH' | 'CO_TINH' | 'TTLDXS' | 'BK_TTG'>;

/** One pass upward: the province receives the forwarded dossiers, appraises, its council votes, it decides. */
export interface ProvinceStage {
  receive: string;
  startAppraisal: string;
  /** Absent: still being appraised (the proposal stays pending for a while). */
  sendToCouncil?: string;
  meeting?: string;
  /** Kinds the province's appraisal raises and its council votes instead (Bằng khen tỉnh → Thủ tướng). */
  upgrade?: Partial<Record<RoundKind, RoundKind>>;
  /** Forward of what the province passes to the Prime Minister. */
  forward?: string;
  /** The province's decisions: date and the kinds each covers. */
  decisions?: { date: string; kinds: RoundKind[]; title: string }[];
}

export interface Round {
  key: string;
  label: string;
  awardType: AwardType;
  achievementYear: number;
  /** Key of the demo movement the proposals answer (movements.ts), when there is one. */
  movement?: string;
  /** Individuals asked for the district's Giấy khen; some are proposed by the district for a higher kind. */
  individuals: { GK: number; upgrade?: Partial<Record<RoundKind, number>> };
  collectives: { GK: number; upgrade?: Partial<Record<RoundKind, number>> };
  /** Dates of the steps at the district. */
  draft: string;
  submit: string;
  receive: string;
  startAppraisal: string;
  sendToCouncil: string;
  meeting: string;
  forward?: string;
  /** The district chairman's Giấy khen decision (absent when the round asks nothing of the district). */
  decision?: string;
  decisionTitle?: string;
  province?: ProvinceStage;
  /** The Prime Minister's decision answering the round's Bằng khen Thủ tướng proposal. */
  primeMinister?: { number: string; date: string; recordedOn: string };
}

export const ROUNDS: readonly Round[] = [
  {
    key: 'r0-2022',
    label: 'đề nghị Bằng khen của Thủ tướng Chính phủ (giai đoạn 2017–2021)',
    awardType: 'cong_trang',
    achievementYear: 2021,
    // The district proposes a Bằng khen tỉnh; the province raises it to the Prime Minister's Bằng khen.
    individuals: { GK: 0, upgrade: { BK_TINH: 1 } },
    collectives: { GK: 0 },
    draft: '2022-08-15',
    submit: '2022-08-16',
    receive: '2022-08-17',
    startAppraisal: '2022-08-18',
    sendToCouncil: '2022-08-22',
    meeting: '2022-08-25',
    forward: '2022-08-26',
    province: {
      receive: '2022-08-29',
      startAppraisal: '2022-08-30',
      sendToCouncil: '2022-09-06',
      meeting: '2022-09-15',
      upgrade: { BK_TINH: 'BK_TTG' },
      forward: '2022-09-19',
    },
    primeMinister: { number: '412/QĐ-TTg', date: '2023-03-29', recordedOn: '2023-04-05' },
  },
  {
    key: 'r1-tong-ket-2022',
    label: 'tổng kết công tác thi đua, khen thưởng năm 2022',
    awardType: 'cong_trang',
    achievementYear: 2022,
    individuals: { GK: 60, upgrade: { BK_TINH: 12 } },
    collectives: { GK: 20, upgrade: { CO_TINH: 4, TTLDXS: 6 } },
    draft: '2023-01-03',
    submit: '2023-01-04',
    receive: '2023-01-05',
    startAppraisal: '2023-01-06',
    sendToCouncil: '2023-01-10',
    meeting: '2023-01-12',
    forward: '2023-01-13',
    decision: '2023-01-16',
    decisionTitle: 'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2022',
    province: {
      receive: '2023-01-17',
      startAppraisal: '2023-01-18',
      sendToCouncil: '2023-02-01',
      meeting: '2023-02-02',
      decisions: [
        {
          date: '2023-02-06',
          kinds: ['CO_TINH', 'TTLDXS'],
          title: 'Về việc tặng Cờ thi đua và danh hiệu Tập thể lao động xuất sắc năm 2022',
        },
        {
          date: '2023-02-06',
          kinds: ['BK_TINH'],
          title: 'Về việc tặng Bằng khen cho các cá nhân có thành tích xuất sắc năm 2022',
        },
      ],
    },
  },
  {
    key: 'r2-tet',
    label: 'đợt thi đua cao điểm dịp Tết Nguyên đán Quý Mão 2023',
    awardType: 'chuyen_de',
    achievementYear: 2023,
    movement: 'peak',
    individuals: { GK: 25 },
    collectives: { GK: 12 },
    draft: '2023-02-06',
    submit: '2023-02-07',
    receive: '2023-02-08',
    startAppraisal: '2023-02-09',
    sendToCouncil: '2023-02-13',
    meeting: '2023-02-15',
    decision: '2023-02-20',
    decisionTitle:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua cao điểm dịp Tết Nguyên đán Quý Mão 2023',
  },
  {
    key: 'r3-vi-nguoi-ngheo',
    label: 'phong trào thi đua "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
    awardType: 'chuyen_de',
    achievementYear: 2023,
    movement: 'poor-d',
    individuals: { GK: 40, upgrade: { BK_TINH: 5, BK_TTG: 1 } },
    collectives: { GK: 18, upgrade: { BK_TINH: 8 } },
    draft: '2023-03-27',
    submit: '2023-03-28',
    receive: '2023-03-29',
    startAppraisal: '2023-03-30',
    sendToCouncil: '2023-04-04',
    meeting: '2023-04-06',
    forward: '2023-04-10',
    decision: '2023-04-12',
    decisionTitle:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
    // The Bằng khen Thủ tướng the district's council passed goes to the province (addressed to the Prime
    // Minister); the province receives and appraises it — still pending on 30/06/2023.
    province: {
      receive: '2023-04-13',
      startAppraisal: '2023-04-14',
      sendToCouncil: '2023-05-09',
      meeting: '2023-05-11',
      decisions: [
        {
          date: '2023-05-16',
          kinds: ['BK_TINH'],
          title:
            'Về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
        },
      ],
    },
  },
  {
    key: 'r4-dot-xuat',
    label: 'thành tích đột xuất trong cứu hộ, cứu nạn và phòng, chống cháy rừng',
    awardType: 'dot_xuat',
    achievementYear: 2023,
    individuals: { GK: 8 },
    collectives: { GK: 4 },
    draft: '2023-05-15',
    submit: '2023-05-16',
    receive: '2023-05-16',
    startAppraisal: '2023-05-17',
    sendToCouncil: '2023-05-18',
    meeting: '2023-05-19',
    decision: '2023-05-22',
    decisionTitle:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích đột xuất trong cứu hộ, cứu nạn và phòng, chống cháy rừng',
  },
  {
    key: 'r5-van-hoa-cong-so',
    label: 'phong trào thi đua "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"',
    awardType: 'chuyen_de',
    achievementYear: 2023,
    movement: 'office-d',
    individuals: { GK: 20, upgrade: { BK_TINH: 3 } },
    collectives: { GK: 12 },
    draft: '2023-06-05',
    submit: '2023-06-06',
    receive: '2023-06-07',
    startAppraisal: '2023-06-08',
    sendToCouncil: '2023-06-12',
    meeting: '2023-06-14',
    forward: '2023-06-16',
    decision: '2023-06-19',
    decisionTitle:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện văn hóa công sở',
    // Received by the province in June, still being appraised on 30/06/2023; decided in July.
    province: {
      receive: '2023-06-20',
      startAppraisal: '2023-06-22',
      sendToCouncil: '2023-07-17',
      meeting: '2023-07-20',
      decisions: [
        {
          date: '2023-07-25',
          kinds: ['BK_TINH'],
          title:
            'Về việc tặng Bằng khen cho các cá nhân có thành tích xuất sắc trong thực hiện văn hóa công sở',
        },
      ],
    },
  },
];
