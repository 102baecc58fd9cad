// Đăng ký thi đua as the eligibility engine reads them (EligibilityHistory.registrations): the titles registered
// for the subjects in registrations their parent unit ACCEPTED, every year. One query for many subjects.
import { sql } from 'drizzle-orm';
import type { AwardKindCode } from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';

export type RegisteredTitle = { year: number; awardKind: AwardKindCode };

/**
 * Registered titles per subject id (people for 'individual', units for 'collective'). The list is complete for
 * the engine (a title absent from it was not registered: where a local rule requires registration, the
 * criterion fails), except for a subject whose registration for `year` was sent but is not yet accepted or was
 * returned: its entry is undefined, so the engine says the registration data is not settled (unknown).
 */
export async function loadRegisteredTitles(
  db: Db,
  subjectKind: 'individual' | 'collective',
  ids: readonly string[],
  year: number,
): Promise<Map<string, RegisteredTitle[] | undefined>> {
  const out = new Map<string, RegisteredTitle[] | undefined>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const column = subjectKind === 'individual' ? sql.raw('l.person_id') : sql.raw('l.unit_id');
  const rows = await queryRows<{ subject: string; year: number; award_kind: AwardKindCode; status: string }>(
    db,
    sql`select ${column} as subject, r.year, l.award_kind, r.status
      from registration_lines l join registrations r on r.id = l.registration_id
      where l.subject_kind = ${subjectKind} and r.status in ('accepted', 'submitted', 'returned')
        and ${column} in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)
      order by r.year, l.position`,
  );
  const pending = new Set<string>();
  const acceptedThisYear = new Set<string>();
  for (const r of rows) {
    if (r.status === 'accepted') {
      out.get(r.subject)!.push({ year: Number(r.year), awardKind: r.award_kind });
      if (Number(r.year) === year) acceptedThisYear.add(r.subject);
    } else if (Number(r.year) === year) pending.add(r.subject);
  }
  for (const subject of pending) if (!acceptedThisYear.has(subject)) out.set(subject, undefined);
  return out;
}
