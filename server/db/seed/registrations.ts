// Demo registrations (đăng ký thi đua) of 2023 in huyện Cẩm Xuyên, written through the Registrations services.
// The seed report says only that "ngay từ đầu năm các cơ quan, đơn vị, địa phương đã tổ chức đăng ký các danh
// hiệu thi đua": the deadline, the communes, their lines and every date below are ILLUSTRATIVE (the notes say
// so). Submissions are dated in early 2023 through the services' clock parameter, so lateness is reproducible.
import type { RegistrationView } from '../../../contracts/registrations';
import type { Actor } from '../../lib/actor';
import { setDeadline } from '../../modules/registrations/registrations.figures';
import {
  acceptRegistration,
  createRegistration,
  replaceLines,
  returnRegistration,
  submitRegistration,
} from '../../modules/registrations/registrations.service';
import type { Db } from '../client';
import type { DemoPlan } from './plan';

export const DEMO_REGISTRATION_NOTE =
  'Nội dung minh họa: báo cáo 6 tháng đầu năm 2023 chỉ nêu các đơn vị đã đăng ký danh hiệu thi đua từ đầu năm.';

const YEAR = 2023;
const at = (iso: string) => new Date(iso);

/** The people who worked at the unit during 2023, in plan order (deterministic), at most `count`. */
function peopleOf(plan: DemoPlan, unit: string, count: number): string[] {
  return plan.people
    .filter((p) =>
      p.employments.some(
        (e) =>
          e.unit === unit &&
          e.fromDate <= `${YEAR}-01-01` &&
          (e.toDate === null || e.toDate >= `${YEAR}-12-31`),
      ),
    )
    .slice(0, count)
    .map((p) => p.key);
}

type Line = {
  subjectKind: 'individual' | 'collective';
  personId?: string;
  unitId?: string;
  awardKind: string;
};

/** Writes the deadline of huyện Cẩm Xuyên for 2023 and four communes' registrations in different states. */
export async function writeRegistrations(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<void> {
  const unit = (key: string) => unitIds.get(key)!;
  await setDeadline(tx, actor, {
    parentUnitId: unit('cx'),
    year: YEAR,
    dueOn: '2023-01-31',
    note: 'Hạn minh họa (báo cáo không nêu hạn đăng ký)',
  });
  const lines = (commune: string, collective: string, people: number, cstdcs: number): Line[] => [
    { subjectKind: 'collective', unitId: unit(commune), awardKind: collective },
    ...peopleOf(plan, commune, people).flatMap((key, i) => [
      { subjectKind: 'individual' as const, personId: personIds.get(key)!, awardKind: 'LDTT' },
      ...(i < cstdcs
        ? [{ subjectKind: 'individual' as const, personId: personIds.get(key)!, awardKind: 'CSTDCS' }]
        : []),
    ]),
  ];
  const create = (commune: string, body: Line[], on: string): Promise<RegistrationView> =>
    createRegistration(
      tx,
      actor,
      {
        unitId: unit(commune),
        year: YEAR,
        note: `${DEMO_REGISTRATION_NOTE}\nPhấn đấu hoàn thành tốt nhiệm vụ chính trị năm ${YEAR}; 100% cán bộ, công chức hoàn thành nhiệm vụ.`,
        lines: body,
      },
      at(on),
    );

  // Cẩm Quang: sent on time, accepted.
  let r = await create('cam-quang', lines('cam-quang', 'TTLDTT', 4, 1), '2023-01-16T02:00:00Z');
  r = await submitRegistration(tx, actor, r.id, { version: r.version }, at('2023-01-20T02:00:00Z'));
  await acceptRegistration(tx, actor, r.id, { version: r.version }, at('2023-01-25T03:00:00Z'));

  // Cẩm Bình: sent three days late, returned for one more person, resubmitted and accepted.
  r = await create('cam-binh', lines('cam-binh', 'TTLDXS', 2, 1), '2023-01-30T02:00:00Z');
  r = await submitRegistration(tx, actor, r.id, { version: r.version }, at('2023-02-03T02:00:00Z'));
  r = await returnRegistration(
    tx,
    actor,
    r.id,
    { version: r.version, reason: 'Đề nghị bổ sung đăng ký của công chức văn phòng (minh họa)' },
    at('2023-02-06T02:00:00Z'),
  );
  r = await replaceLines(tx, actor, r.id, { version: r.version, lines: lines('cam-binh', 'TTLDXS', 3, 1) });
  r = await submitRegistration(tx, actor, r.id, { version: r.version }, at('2023-02-08T02:00:00Z'));
  await acceptRegistration(tx, actor, r.id, { version: r.version }, at('2023-02-10T02:00:00Z'));

  // Thị trấn Cẩm Xuyên: sent, waiting for the district.
  r = await create('tt-cam-xuyen', lines('tt-cam-xuyen', 'TTLDTT', 3, 1), '2023-01-25T02:00:00Z');
  await submitRegistration(tx, actor, r.id, { version: r.version }, at('2023-01-30T02:00:00Z'));

  // Cẩm Trung: still a draft.
  await create('cam-trung', lines('cam-trung', 'TTLDTT', 2, 0), '2023-01-28T02:00:00Z');
}
