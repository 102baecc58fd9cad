// People (the person master) and their employment history.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CADRE_CLASSES, GENDERS } from '../../../contracts/enums';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { units } from './units';

export const people = pgTable(
  'people',
  {
    id: id(),
    fullName: text('full_name').notNull(),
    /** Lower case, without diacritics: what search matches against (trigram index). */
    fullNameFolded: text('full_name_folded').notNull(),
    /** Vietnamese collation key (given name first), compared bytewise. */
    nameSort: text('name_sort').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity').notNull().default('Kinh'),
    cccd: text('cccd'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** Ngày tuyển dụng: continuous service counts from here (LĐTT needs 6 months, 10 under regime A). */
    recruitedOn: date('recruited_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('people_cccd_key').on(t.cccd),
    index('people_name_trgm_idx').using('gin', sql`${t.fullNameFolded} gin_trgm_ops`),
    index('people_name_sort_idx').on(sql`${t.nameSort} collate "C"`),
    check('people_gender_check', sql`${t.gender} in (${inList(GENDERS)})`),
    check('people_cccd_check', sql`${t.cccd} is null or ${t.cccd} ~ '^[0-9]{12}$'`),
    check('people_name_check', sql`length(btrim(${t.fullName})) between 2 and 200`),
    check('people_birth_check', sql`${t.birthDate} is null or ${t.birthDate} >= date '1900-01-01'`),
    check(
      'people_recruited_check',
      sql`${t.recruitedOn} is null or (${t.recruitedOn} >= date '1945-01-01'
        and (${t.birthDate} is null or ${t.recruitedOn} > ${t.birthDate}))`,
    ),
  ],
);

export const employments = pgTable(
  'employments',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    position: text('position'),
    cadreClass: text('cadre_class').notNull(),
    isDirectWorker: boolean('is_direct_worker').notNull().default(false),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    createdAt: createdAt(),
  },
  (t) => [
    index('employments_person_idx').on(t.personId),
    index('employments_unit_idx').on(t.unitId),
    check('employments_cadre_class_check', sql`${t.cadreClass} in (${inList(CADRE_CLASSES)})`),
    check('employments_period_check', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);
