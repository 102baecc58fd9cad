// Exemplary models (điển hình tiên tiến, gương "Người tốt, việc tốt" …, issue #5 point 5): the subject (a person,
// a unit or a named subject outside the tree), the story, media links, who recognised it and when, the
// propagation activities, and whether it shows on the public page.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACTIVITY_KINDS, MODEL_CATEGORIES, MODEL_FIELDS, MODEL_SUBJECT_KINDS } from '../../../domain/models';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { files } from './files';
import { movements } from './movements';
import { people } from './people';
import { units } from './units';

export interface MediaLink {
  title: string;
  url: string;
}

export const exemplaryModels = pgTable(
  'exemplary_models',
  {
    id: id(),
    /** The unit whose emulation officers keep the record (scope); usually the recognising level. */
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    subjectKind: text('subject_kind').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    /** A subject outside the tree: "Bà Nguyễn Thị Hoa", "Tổ hợp tác trồng rau thôn Trung Nam". */
    subjectName: text('subject_name'),
    /** Who the subject is, as the public page says it: "Nông dân thôn Trung Nam, xã Cẩm Bình". */
    subjectDescription: text('subject_description'),
    category: text('category').notNull(),
    field: text('field').notNull(),
    title: text('title').notNull(),
    /** The story as plain paragraphs separated by '\n'. */
    story: text('story'),
    links: jsonb('links').$type<MediaLink[]>().notNull().default([]),
    /** As written: "Chủ tịch UBND huyện Cẩm Xuyên", "Ban Thường vụ Huyện ủy". */
    recognizedBy: text('recognized_by'),
    recognizedByUnitId: uuid('recognized_by_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    recognizedOn: date('recognized_on'),
    /** "Quyết định số 2150/QĐ-UBND ngày 20/12/2023 của Chủ tịch UBND huyện". */
    recognitionDocument: text('recognition_document'),
    /** The emulation movement the model arose in. */
    movementId: uuid('movement_id').references(() => movements.id, { onDelete: 'restrict' }),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Folded words of the title, subject, units, field and recogniser: what search matches. */
    searchFolded: text('search_folded').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('exemplary_models_owner_idx').on(t.ownerUnitId),
    index('exemplary_models_person_idx').on(t.personId),
    index('exemplary_models_unit_idx').on(t.unitId),
    index('exemplary_models_published_idx')
      .on(t.recognizedOn)
      .where(sql`${t.published}`),
    index('exemplary_models_search_trgm_idx').using('gin', sql`${t.searchFolded} gin_trgm_ops`),
    check('exemplary_models_subject_kind_check', sql`${t.subjectKind} in (${inList(MODEL_SUBJECT_KINDS)})`),
    check(
      'exemplary_models_subject_check',
      sql`(case when ${t.personId} is null then 0 else 1 end) + (case when ${t.unitId} is null then 0 else 1 end)
        + (case when ${t.subjectName} is null then 0 else 1 end) = 1
        and not (${t.subjectKind} = 'individual' and ${t.unitId} is not null)
        and not (${t.subjectKind} = 'collective' and ${t.personId} is not null)`,
    ),
    check('exemplary_models_category_check', sql`${t.category} in (${inList(MODEL_CATEGORIES)})`),
    check('exemplary_models_field_check', sql`${t.field} in (${inList(MODEL_FIELDS)})`),
    check('exemplary_models_title_check', sql`length(btrim(${t.title})) between 3 and 300`),
    check(
      'exemplary_models_published_check',
      sql`(${t.published} and ${t.publishedAt} is not null) or (not ${t.published} and ${t.publishedAt} is null)`,
    ),
  ],
);

export const exemplaryModelActivities = pgTable(
  'exemplary_model_activities',
  {
    id: id(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => exemplaryModels.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    /** Partner or channel: "Trung tâm Văn hóa - Truyền thông huyện", "Ban Tuyên giáo Huyện ủy". */
    partner: text('partner'),
    note: text('note'),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    index('exemplary_model_activities_model_idx').on(t.modelId, t.heldOn),
    check('exemplary_model_activities_kind_check', sql`${t.kind} in (${inList(ACTIVITY_KINDS)})`),
  ],
);

export const exemplaryModelPhotos = pgTable(
  'exemplary_model_photos',
  {
    id: id(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => exemplaryModels.id, { onDelete: 'cascade' }),
    /** The image in the one file store (JPEG or PNG, checked on its bytes). */
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'restrict' }),
    caption: text('caption'),
    sortOrder: smallint('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('exemplary_model_photos_model_idx').on(t.modelId, t.sortOrder),
    uniqueIndex('exemplary_model_photos_file_key').on(t.fileId),
  ],
);
