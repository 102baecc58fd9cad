// Award decisions (quyết định khen thưởng, issue #4 point 5): the number registers of each issuing authority with
// their yearly counters, the decisions (issued here, or recorded from a higher authority), their awardees with the
// money of each, and the revocation acts (thu hồi) with the awards they revoke. The awards a decision grants are
// rows of `awards` (history.ts) pointing back at it.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DECISION_KINDS, DECISION_ORIGINS, DECISION_STATUSES, SIGN_MODES } from '../../../domain/decisions';
import { AWARD_KIND_CODES, AWARD_TYPES, SUBJECT_KINDS } from '../../../domain/regimes/types';
import { AUTHORITY_CODES } from '../../../domain/workflow';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { dossierNominees } from './dossiers';
import { awards } from './history';
import { people } from './people';
import { units } from './units';

/**
 * Sổ đăng ký quyết định of an issuing authority (the head or the body of a unit): how its numbers are written and
 * what its documents carry in the header, signature and Điều 2–3 by default.
 */
export const decisionRegisters = pgTable(
  'decision_registers',
  {
    id: id(),
    authorityUnitId: uuid('authority_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** domain/workflow AUTHORITY_CODES: chu_tich_ubnd_huyen, chu_tich_ubnd_xa, thu_truong_co_quan … */
    authorityCode: text('authority_code').notNull(),
    /** As written in text: "Chủ tịch UBND huyện Cẩm Xuyên". */
    authorityLabel: text('authority_label').notNull(),
    /** "{n}/QĐ-UBND" (domain/decision-number.ts). */
    pattern: text('pattern').notNull(),
    /** Cơ quan chủ quản (ô 2, upper case): "UBND TỈNH HÀ TĨNH"; null when there is none. */
    agencyParent: text('agency_parent'),
    /** Cơ quan ban hành (ô 2): "ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN". */
    agencyName: text('agency_name').notNull(),
    /** Under the title of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN". */
    issuerTitle: text('issuer_title').notNull(),
    /** Địa danh of the date line: "Cẩm Xuyên". */
    placeName: text('place_name').notNull(),
    /** Defaults for new drafts. */
    proposedBy: text('proposed_by'),
    fundingSource: text('funding_source'),
    executors: text('executors'),
    signMode: text('sign_mode'),
    signFor: text('sign_for'),
    signerPosition: text('signer_position'),
    signerName: text('signer_name'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('decision_registers_authority_key').on(t.authorityUnitId, t.authorityCode),
    check('decision_registers_code_check', sql`${t.authorityCode} in (${inList(AUTHORITY_CODES)})`),
    check('decision_registers_pattern_check', sql`${t.pattern} ~ '^\\{n\\}/[^[:space:]]+$'`),
    check(
      'decision_registers_sign_mode_check',
      sql`${t.signMode} is null or ${t.signMode} in (${inList(SIGN_MODES)})`,
    ),
    check('decision_registers_label_check', sql`length(btrim(${t.authorityLabel})) between 3 and 300`),
  ],
);

/** The last number taken in a register in a year: one row per (register, year), incremented under its row lock. */
export const decisionRegisterYears = pgTable(
  'decision_register_years',
  {
    registerId: uuid('register_id')
      .notNull()
      .references(() => decisionRegisters.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.registerId, t.year] }),
    check('decision_register_years_year_check', sql`${t.year} between 1945 and 2100`),
    check('decision_register_years_last_check', sql`${t.lastNumber} >= 0`),
  ],
);

export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    kind: text('kind').notNull().default('award'),
    origin: text('origin').notNull().default('internal'),
    status: text('status').notNull().default('draft'),
    /** Internal acts: the register their number is taken from at issue. */
    registerId: uuid('register_id').references(() => decisionRegisters.id, { onDelete: 'restrict' }),
    /** Number within the register and year (internal, once issued). */
    numberYear: smallint('number_year'),
    numberSeq: integer('number_seq'),
    /** As written: "05/QĐ-UBND" (external acts: as typed from the paper). */
    number: text('number'),
    /** Date of signature (a draft: the intended date; money and căn cứ follow it). */
    decisionDate: date('decision_date').notNull(),
    /** The regime in force on the decision date (domain/catalog regimeAt). */
    regimeId: text('regime_id').notNull(),
    authorityCode: text('authority_code').notNull(),
    authorityLabel: text('authority_label').notNull(),
    /** The authority's unit; null for a central authority (Thủ tướng, Chủ tịch nước …). */
    authorityUnitId: uuid('authority_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    agencyParent: text('agency_parent'),
    agencyName: text('agency_name'),
    issuerTitle: text('issuer_title'),
    placeName: text('place_name'),
    /** Trích yếu: "Về việc tặng Giấy khen …". */
    title: text('title').notNull(),
    awardType: text('award_type').notNull().default('cong_trang'),
    /** Căn cứ ban hành, one line each. */
    legalBases: jsonb('legal_bases').$type<string[]>().notNull().default([]),
    /** "Theo đề nghị của Trưởng phòng Nội vụ huyện." */
    proposedBy: text('proposed_by'),
    fundingSource: text('funding_source'),
    /** Điều 3: who carries the decision out. */
    executors: text('executors'),
    /** Nơi nhận lines. */
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    signMode: text('sign_mode'),
    signFor: text('sign_for'),
    signerPosition: text('signer_position'),
    signerName: text('signer_name'),
    /** Revocation acts: the decision whose awards they revoke, and why. */
    revokesDecisionId: uuid('revokes_decision_id').references((): AnyPgColumn => decisions.id, {
      onDelete: 'restrict',
    }),
    reason: text('reason'),
    /** Money of all awardees on the decision date (VND). */
    totalAmount: integer('total_amount').notNull().default(0),
    /** Unit whose officers recorded an external act (scope of who corrects it). */
    recordedAtUnitId: uuid('recorded_at_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    note: text('note'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    issuedByName: text('issued_by_name'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    // The last line of defence against a duplicate number: one act per number of a register's year.
    uniqueIndex('decisions_register_number_key').on(t.registerId, t.numberYear, t.numberSeq),
    index('decisions_authority_idx').on(t.authorityUnitId, t.status, t.decisionDate),
    index('decisions_revokes_idx').on(t.revokesDecisionId),
    index('decisions_date_idx').on(t.decisionDate),
    check('decisions_kind_check', sql`${t.kind} in (${inList(DECISION_KINDS)})`),
    check('decisions_origin_check', sql`${t.origin} in (${inList(DECISION_ORIGINS)})`),
    check('decisions_status_check', sql`${t.status} in (${inList(DECISION_STATUSES)})`),
    check('decisions_authority_code_check', sql`${t.authorityCode} in (${inList(AUTHORITY_CODES)})`),
    check('decisions_award_type_check', sql`${t.awardType} in (${inList(AWARD_TYPES)})`),
    check('decisions_regime_check', sql`${t.regimeId} in ('A', 'B', 'C')`),
    check(
      'decisions_sign_mode_check',
      sql`${t.signMode} is null or ${t.signMode} in (${inList(SIGN_MODES)})`,
    ),
    check('decisions_title_check', sql`length(btrim(${t.title})) between 5 and 1000`),
    check('decisions_total_check', sql`${t.totalAmount} >= 0`),
    check('decisions_date_check', sql`${t.decisionDate} >= date '1945-01-01'`),
    // Internal acts have a register; an issued one has its number; external acts are issued and numbered as typed.
    check(
      'decisions_number_check',
      sql`(${t.origin} = 'internal' and ${t.registerId} is not null and (
            (${t.status} = 'draft' and ${t.numberSeq} is null and ${t.number} is null)
         or (${t.status} = 'issued' and ${t.numberSeq} is not null and ${t.numberYear} is not null and ${t.number} is not null)))
       or (${t.origin} = 'external' and ${t.status} = 'issued' and ${t.registerId} is null and ${t.number} is not null)`,
    ),
    check('decisions_issued_check', sql`(${t.status} = 'issued') = (${t.issuedAt} is not null)`),
    check(
      'decisions_revocation_check',
      sql`(${t.kind} = 'revocation') = (${t.revokesDecisionId} is not null and ${t.reason} is not null)`,
    ),
  ],
);

/** One awardee of an award decision: the subject as named on the list, the award kind, the money. */
export const decisionAwardees = pgTable(
  'decision_awardees',
  {
    id: id(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    subjectKind: text('subject_kind').notNull(),
    /** The individual, or the head of the household. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    /** The collective. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    householdName: text('household_name'),
    /** As printed: "Nguyễn Văn An", "Trường Tiểu học Cẩm Bình", "Hộ ông Nguyễn Văn An". */
    displayName: text('display_name').notNull(),
    /** Chức vụ as printed (individuals). */
    positionTitle: text('position_title'),
    /** Đơn vị as printed, and the unit it is (the unit as it was when awarded). */
    unitName: text('unit_name'),
    unitAtAwardId: uuid('unit_at_award_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    awardKind: text('award_kind').notNull(),
    achievementYear: smallint('achievement_year').notNull(),
    coefficient: numeric('coefficient', { precision: 8, scale: 4, mode: 'number' }).notNull().default(0),
    basePay: integer('base_pay').notNull().default(0),
    amount: integer('amount').notNull().default(0),
    /** Why the amount is what it is (stacking, no money for the kind). */
    moneyNote: text('money_note'),
    /** The nominee of a dossier it comes from (one decision per nominee). */
    nomineeId: uuid('nominee_id').references(() => dossierNominees.id, { onDelete: 'restrict' }),
    /** The award row written at issue. */
    awardId: uuid('award_id').references(() => awards.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('decision_awardees_decision_idx').on(t.decisionId, t.position),
    index('decision_awardees_person_idx').on(t.personId),
    index('decision_awardees_unit_idx').on(t.unitId),
    uniqueIndex('decision_awardees_nominee_key').on(t.nomineeId),
    uniqueIndex('decision_awardees_award_key').on(t.awardId),
    uniqueIndex('decision_awardees_subject_key').on(
      t.decisionId,
      t.subjectKind,
      sql`coalesce(${t.personId}, ${t.unitId})`,
      t.awardKind,
      t.achievementYear,
    ),
    check('decision_awardees_subject_kind_check', sql`${t.subjectKind} in (${inList(SUBJECT_KINDS)})`),
    check(
      'decision_awardees_subject_check',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'household' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is not null)`,
    ),
    check('decision_awardees_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
    check('decision_awardees_year_check', sql`${t.achievementYear} between 1945 and 2100`),
    check(
      'decision_awardees_amount_check',
      sql`${t.amount} >= 0 and ${t.basePay} >= 0 and ${t.coefficient} >= 0`,
    ),
    check('decision_awardees_position_check', sql`${t.position} >= 1`),
  ],
);

/** The awards a revocation act revokes: each award is revoked once. */
export const decisionRevokedAwards = pgTable(
  'decision_revoked_awards',
  {
    revocationId: uuid('revocation_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'restrict' }),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.revocationId, t.awardId] }),
    uniqueIndex('decision_revoked_awards_award_key').on(t.awardId),
  ],
);
