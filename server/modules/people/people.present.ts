// Rows → views: the CCCD masked unless the actor is an admin of the person's units, the date of birth cut to its
// year unless the actor is an admin, officer or specialist of them (docs/security.md, "Personal data"), and the
// `can` maps.
import type { EmploymentView, PersonListItem, PersonView } from '../../../contracts/people';
import { maskCccd } from '../../../domain/cccd';
import type { Actor } from '../../lib/actor';
import { abilitiesFor, canUpdateEmployment, isCurrent } from './people.policy';
import type { EmploymentRow, ListRow, PersonRow } from './people.queries';

/** The date of birth as the actor may see it: the full date, or only the year. */
export function birthFields(
  birthDate: string | null,
  full: boolean,
): { birthDate: string | null; birthYear: number | null; birthDateMasked: boolean } {
  return {
    birthDate: full ? birthDate : null,
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
    birthDateMasked: !full && birthDate !== null,
  };
}

/** The full person record with employment history, as the actor may see it. */
export function presentPerson(
  actor: Actor,
  person: PersonRow,
  rows: EmploymentRow[],
  today: string,
): PersonView {
  const can = abilitiesFor(actor, rows, today);
  const employments: EmploymentView[] = rows.map((e) => ({
    id: e.id,
    unitId: e.unitId,
    unitName: e.unitName,
    position: e.position,
    cadreClass: e.cadreClass,
    isDirectWorker: e.isDirectWorker,
    fromDate: e.fromDate,
    toDate: e.toDate,
    isCurrent: isCurrent(e, today),
    can: { update: canUpdateEmployment(actor, can, e.unitPath) },
  }));
  return {
    id: person.id,
    fullName: person.fullName,
    gender: person.gender as PersonView['gender'],
    ...birthFields(person.birthDate, can.viewFullBirthDate),
    ethnicity: person.ethnicity,
    cccd: can.viewFullCccd ? person.cccd : maskCccd(person.cccd),
    cccdMasked: !can.viewFullCccd && person.cccd !== null,
    phone: person.phone,
    email: person.email,
    address: person.address,
    recruitedOn: person.recruitedOn,
    version: person.version,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
    employments,
    can,
  };
}

/** One line of the people list. */
export function presentListItem(row: ListRow): PersonListItem {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    ...birthFields(row.birth_date, row.birth_date_full),
    ethnicity: row.ethnicity,
    cccd: row.cccd_full ? row.cccd : maskCccd(row.cccd),
    cccdMasked: !row.cccd_full && row.cccd !== null,
    current:
      row.cur_unit_id && row.cur_unit_name && row.cur_cadre_class
        ? {
            unitId: row.cur_unit_id,
            unitName: row.cur_unit_name,
            position: row.cur_position,
            cadreClass: row.cur_cadre_class,
          }
        : null,
  };
}

/** The person as written to the audit trail: the CCCD masked (data minimisation, Nghị định 13/2023/NĐ-CP). */
export function auditSnapshot(person: Partial<PersonRow>) {
  const { fullNameFolded: _f, nameSort: _s, createdAt: _c, updatedAt: _u, ...rest } = person;
  return { ...rest, cccd: rest.cccd === undefined ? undefined : maskCccd(rest.cccd) };
}
