// Exemplary model use cases: list, read, create, correct, publish, withdraw and delete — scoped load → authorise
// → rule → write → audit → present, inside the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import {
  MODEL_CATEGORY_LABELS,
  MODEL_FIELD_LABELS,
  ModelCreateBody,
  type ModelListQuery,
  type ModelPage,
  ModelUpdateBody,
  type ModelView,
  PublishBody,
} from '../../../contracts/models';
import { todayInVietnam } from '../../../contracts/people';
import {
  type ModelCategory,
  type ModelField,
  type ModelSubjectKind,
  publicationErrors,
  subjectErrors,
} from '../../../domain/models';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import { exemplaryModelActivities, exemplaryModels, people } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { deleteStoredFile } from '../../lib/files';
import { employmentAt } from '../history/history.subject';
import { findVisiblePerson, loadEmployments, loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import { canCreateModels, canManageModelAt, MANAGE_REFUSED } from './models.policy';
import { presentModel, presentModelListItem } from './models.present';
import {
  activityStats,
  findModelInScope,
  loadActivities,
  loadPhotos,
  movementName,
  photoFileIds,
  type ModelRow,
  selectModelPage,
} from './models.queries';

const MODEL = 'điển hình';

function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${entries[0]![1]}${more}`, fields);
}

function stale(): AppError {
  return new AppError(
    'CONFLICT',
    'Điển hình này vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại',
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

/** The model in the actor's scope (NOT_FOUND outside it). */
export async function requireModel(tx: Db, actor: Actor, id: string, lock = false): Promise<ModelRow> {
  return (await findModelInScope(tx, actor, id, lock)) ?? notFound(MODEL);
}

/** The model as the actor sees it now. */
export async function modelView(tx: Db, actor: Actor, row: ModelRow): Promise<ModelView> {
  const photos = (await loadPhotos(tx, [row.id])).get(row.id) ?? [];
  return presentModel(actor, row, await loadActivities(tx, row.id), photos);
}

interface SubjectInput {
  subjectKind: ModelSubjectKind;
  personId: string | null;
  unitId: string | null;
  subjectName: string | null;
  subjectDescription: string | null;
  recognizedOn: string | null;
}

/**
 * Checks the subject against the rules and, when it is newly chosen, against the actor's scope (a subject kept
 * from before stays even if it has since moved out of the scope, e.g. a cooperative passed to a new commune);
 * returns its name and description, the description defaulting to a person's position and unit at the
 * recognition date (or today).
 */
async function resolveSubject(
  tx: Db,
  actor: Actor,
  s: SubjectInput,
  kept = false,
): Promise<{ name: string; description: string | null }> {
  refuse(subjectErrors(s));
  if (s.personId) {
    const person = kept
      ? (await tx.select().from(people).where(eq(people.id, s.personId)))[0]
      : await findVisiblePerson(tx, actor, s.personId);
    if (!person) refuse({ personId: 'Không tìm thấy cá nhân' });
    if (s.subjectDescription) return { name: person!.fullName, description: s.subjectDescription };
    const job = employmentAt(await loadEmployments(tx, s.personId), s.recognizedOn ?? todayInVietnam());
    const description = job ? [job.position, job.unitName].filter(Boolean).join(', ') : null;
    return { name: person!.fullName, description };
  }
  if (s.unitId) {
    const unit = (await loadUnitsByIds(tx, [s.unitId])).get(s.unitId);
    if (!unit || (!kept && !actor.roles.some((r) => unit.path.startsWith(r.unitPath)))) {
      refuse({ unitId: 'Không tìm thấy đơn vị' });
    }
    return { name: unit!.name, description: s.subjectDescription };
  }
  return { name: s.subjectName!, description: s.subjectDescription };
}

/**
 * The recognising unit: one in the actor's scope or above the owning unit (a province recognising …); one kept
 * from before is not checked again.
 */
async function resolveRecogniser(
  tx: Db,
  actor: Actor,
  unitId: string | null,
  ownerPath: string,
  kept = false,
) {
  if (!unitId) return null;
  const unit = (await loadUnitsByIds(tx, [unitId])).get(unitId);
  const reachable =
    unit &&
    (kept || ownerPath.startsWith(unit.path) || actor.roles.some((r) => unit.path.startsWith(r.unitPath)));
  if (!reachable) refuse({ recognizedByUnitId: 'Không tìm thấy đơn vị công nhận' });
  return unit!;
}

/** A movement named by the model must exist (checked here for a field-named message; the foreign key backs it). */
async function requireMovement(tx: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const name = await movementName(tx, id);
  if (name === null) refuse({ movementId: 'Không tìm thấy phong trào thi đua' });
  return name;
}

/** The folded words search matches: title, subject, units, recogniser, category and field. */
function searchText(parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' '));
}

async function writeActivities(
  tx: Db,
  modelId: string,
  activities: { kind: string; heldOn: string; partner: string | null; note: string | null }[],
): Promise<void> {
  await tx.delete(exemplaryModelActivities).where(eq(exemplaryModelActivities.modelId, modelId));
  if (activities.length === 0) return;
  await tx
    .insert(exemplaryModelActivities)
    .values(activities.map((a, i) => ({ ...a, modelId, sortOrder: i })));
}

const snapshot = (row: ModelRow) => {
  const {
    createdAt: _c,
    updatedAt: _u,
    ownerPath: _p,
    searchFolded: _s,
    personName: _pn,
    subjectUnitName: _su,
    recognizedByUnitName: _ru,
    movementName: _mn,
    ...rest
  } = row;
  return rest;
};

/** GET /api/models */
export async function listModels(tx: Db, actor: Actor, query: ModelListQuery): Promise<ModelPage> {
  const { rows, total } = await selectModelPage(tx, actor, query);
  const ids = rows.map((r) => r.id);
  const stats = await activityStats(tx, ids);
  const photos = await loadPhotos(tx, ids);
  return {
    items: rows.map((r) => presentModelListItem(r, stats.get(r.id), photos.get(r.id)?.length ?? 0)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateModels(actor) },
  };
}

/** GET /api/models/:id */
export async function getModel(tx: Db, actor: Actor, id: string): Promise<ModelView> {
  return modelView(tx, actor, await requireModel(tx, actor, id));
}

/** POST /api/models */
export async function createModel(tx: Db, actor: Actor, input: unknown): Promise<ModelView> {
  authorize(canCreateModels(actor), MANAGE_REFUSED);
  const body = parseInput(ModelCreateBody, input);
  const ownerUnit = (await loadUnitsByIds(tx, [body.ownerUnitId])).get(body.ownerUnitId);
  if (!ownerUnit || !actor.roles.some((r) => ownerUnit.path.startsWith(r.unitPath))) {
    refuse({ ownerUnitId: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageModelAt(actor, ownerUnit!.path), 'Bạn không có quyền quản lý điển hình của đơn vị này');
  const subject = await resolveSubject(tx, actor, body);
  const recogniser = await resolveRecogniser(tx, actor, body.recognizedByUnitId, ownerUnit!.path);
  const movement = await requireMovement(tx, body.movementId);
  const { activities, ...fields } = body;
  const [inserted] = await tx
    .insert(exemplaryModels)
    .values({
      ...fields,
      subjectDescription: subject.description,
      searchFolded: searchText([
        body.title,
        subject.name,
        subject.description,
        ownerUnit!.name,
        body.recognizedBy,
        recogniser?.name,
        movement,
        MODEL_CATEGORY_LABELS[body.category],
        MODEL_FIELD_LABELS[body.field],
      ]),
      createdBy: actor.userId,
    })
    .returning({ id: exemplaryModels.id });
  const id = inserted!.id;
  await writeActivities(tx, id, activities);
  const row = (await findModelInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'exemplary_model.created',
    entity: 'exemplary_model',
    entityId: id,
    unitId: row.ownerUnitId,
    after: { ...snapshot(row), activities },
  });
  return modelView(tx, actor, row);
}

/** The model for a change: in scope, kept by the actor, read at the version sent. */
async function modelForChange(tx: Db, actor: Actor, id: string, version: number): Promise<ModelRow> {
  const row = await requireModel(tx, actor, id, true);
  authorize(canManageModelAt(actor, row.ownerPath), MANAGE_REFUSED);
  if (row.version !== version) throw stale();
  return row;
}

async function bump(tx: Db, row: ModelRow, changes: Partial<typeof exemplaryModels.$inferInsert>) {
  const [updated] = await tx
    .update(exemplaryModels)
    .set({ ...changes, updatedAt: new Date(), version: sql`${exemplaryModels.version} + 1` })
    .where(and(eq(exemplaryModels.id, row.id), eq(exemplaryModels.version, row.version)))
    .returning({ id: exemplaryModels.id });
  if (!updated) throw stale();
}

/** PATCH /api/models/:id (with version); links and activities are replaced whole when sent. */
export async function updateModel(tx: Db, actor: Actor, id: string, input: unknown): Promise<ModelView> {
  const body = parseInput(ModelUpdateBody, input);
  const current = await modelForChange(tx, actor, id, body.version);
  const { version: _v, activities, ...changes } = body;
  const merged = { ...current, ...changes };
  // Choosing another subject source clears the others (the form sends only the one chosen).
  if (changes.personId) Object.assign(merged, { unitId: null, subjectName: null });
  if (changes.unitId) Object.assign(merged, { personId: null, subjectName: null });
  if (changes.subjectName) Object.assign(merged, { personId: null, unitId: null });
  const subjectChanged =
    merged.personId !== current.personId ||
    merged.unitId !== current.unitId ||
    merged.subjectName !== current.subjectName;
  // A derived description follows a new subject; one the user typed stays.
  if (subjectChanged && changes.subjectDescription === undefined) merged.subjectDescription = null;
  const subject = await resolveSubject(
    tx,
    actor,
    {
      subjectKind: merged.subjectKind as ModelSubjectKind,
      personId: merged.personId,
      unitId: merged.unitId,
      subjectName: merged.subjectName,
      subjectDescription: merged.subjectDescription,
      recognizedOn: merged.recognizedOn,
    },
    !subjectChanged,
  );
  const recogniser = await resolveRecogniser(
    tx,
    actor,
    merged.recognizedByUnitId,
    current.ownerPath,
    merged.recognizedByUnitId === current.recognizedByUnitId,
  );
  const movement =
    merged.movementId === current.movementId
      ? current.movementName
      : await requireMovement(tx, merged.movementId);
  if (merged.published) refuse(publicationErrors(merged));
  const values = {
    subjectKind: merged.subjectKind,
    personId: merged.personId,
    unitId: merged.unitId,
    subjectName: merged.subjectName,
    subjectDescription: subject.description,
    category: merged.category,
    field: merged.field,
    title: merged.title,
    story: merged.story,
    links: merged.links,
    recognizedBy: merged.recognizedBy,
    recognizedByUnitId: merged.recognizedByUnitId,
    recognizedOn: merged.recognizedOn,
    recognitionDocument: merged.recognitionDocument,
    movementId: merged.movementId,
  };
  await bump(tx, current, {
    ...values,
    searchFolded: searchText([
      merged.title,
      subject.name,
      subject.description,
      current.ownerName,
      merged.recognizedBy,
      recogniser?.name,
      movement,
      MODEL_CATEGORY_LABELS[merged.category as ModelCategory],
      MODEL_FIELD_LABELS[merged.field as ModelField],
    ]),
  });
  const before = activities ? await loadActivities(tx, id) : [];
  if (activities) await writeActivities(tx, id, activities);
  const row = (await findModelInScope(tx, actor, id))!;
  const keys = (Object.keys(values) as (keyof typeof values)[]).filter(
    (k) => JSON.stringify(current[k]) !== JSON.stringify(row[k]),
  );
  await appendAudit(tx, actor, {
    action: 'exemplary_model.updated',
    entity: 'exemplary_model',
    entityId: id,
    unitId: row.ownerUnitId,
    before: {
      ...Object.fromEntries(keys.map((k) => [k, current[k]])),
      ...(activities
        ? { activities: before.map(({ kind, heldOn, partner, note }) => ({ kind, heldOn, partner, note })) }
        : {}),
      version: current.version,
    },
    after: {
      ...Object.fromEntries(keys.map((k) => [k, row[k]])),
      ...(activities ? { activities } : {}),
      version: row.version,
    },
  });
  return modelView(tx, actor, row);
}

/** POST /api/models/:id/publish: shows the model on the public page (/dien-hinh). */
export async function publishModel(tx: Db, actor: Actor, id: string, input: unknown): Promise<ModelView> {
  const { version } = parseInput(PublishBody, input);
  const current = await modelForChange(tx, actor, id, version);
  if (current.published) throw new AppError('INVALID_STATE', 'Điển hình này đã được công bố');
  refuse(publicationErrors(current));
  await bump(tx, current, { published: true, publishedAt: new Date() });
  const row = (await findModelInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'exemplary_model.published',
    entity: 'exemplary_model',
    entityId: id,
    unitId: row.ownerUnitId,
    before: { published: false, version: current.version },
    after: { published: true, publishedAt: row.publishedAt, version: row.version },
  });
  return modelView(tx, actor, row);
}

/** POST /api/models/:id/unpublish: withdraws the model from the public page. */
export async function unpublishModel(tx: Db, actor: Actor, id: string, input: unknown): Promise<ModelView> {
  const { version } = parseInput(PublishBody, input);
  const current = await modelForChange(tx, actor, id, version);
  if (!current.published) throw new AppError('INVALID_STATE', 'Điển hình này chưa được công bố');
  await bump(tx, current, { published: false, publishedAt: null });
  const row = (await findModelInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'exemplary_model.unpublished',
    entity: 'exemplary_model',
    entityId: id,
    unitId: row.ownerUnitId,
    before: { published: true, publishedAt: current.publishedAt, version: current.version },
    after: { published: false, version: row.version },
  });
  return modelView(tx, actor, row);
}

/** DELETE /api/models/:id: a model entered by mistake; a published one is withdrawn first. */
export async function deleteModel(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const row = await requireModel(tx, actor, id, true);
  authorize(canManageModelAt(actor, row.ownerPath), MANAGE_REFUSED);
  if (row.published) {
    throw new AppError('INVALID_STATE', 'Điển hình đang được công bố; hủy công bố trước khi xóa');
  }
  const activities = await loadActivities(tx, id);
  const fileIds = await photoFileIds(tx, id);
  await tx.delete(exemplaryModels).where(eq(exemplaryModels.id, id));
  // The photos went with the model (cascade); their files are referenced by nothing else.
  for (const fileId of fileIds) await deleteStoredFile(tx, fileId);
  await appendAudit(tx, actor, {
    action: 'exemplary_model.deleted',
    entity: 'exemplary_model',
    entityId: id,
    unitId: row.ownerUnitId,
    before: { ...snapshot(row), activities: activities.length, photos: fileIds.length },
  });
  return { ok: true };
}
