// Nominees of a dossier: add (one, or many from the import), edit, remove while the proposer edits; the
// specialist's appraisal while the dossier is appraised. Every nominee's award kind must keep the dossier's
// authority; the subject must be one the proposer sees, working (or lying) under the proposing unit.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  AppraisalBody,
  type DossierView,
  type NomineeBody,
  NomineeInput,
  NomineeUpdateBody,
} from '../../../contracts/dossiers';
import { SUBJECT_KIND_LABELS } from '../../../contracts/history-enums';
import { regimeById } from '../../../domain/catalog';
import type { AwardKindCode, Regime } from '../../../domain/regimes/types';
import { APPRAISAL_STATUSES } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import { dossierNominees, people, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { fileInfo } from '../../lib/files';
import { personVisibleSql } from '../people/people.policy';
import { parseInput } from '../people/people.service';
import { unitsVisibleTo } from '../units/units.policy';
import { releaseFiles } from './dossiers.attachments';
import { loadAncestry, resolveAuthority, type TreeUnit } from './dossiers.authority';
import { AUTHORITY_REFUSED, sidesOf } from './dossiers.policy';
import { type DossierRow, findDossierInScope, loadNominees, type NomineeRow } from './dossiers.queries';
import { bumpDossier, dossierForEdit, dossierView, requireDossier, stale } from './dossiers.service';

type Fields = Record<string, string>;

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** A subject's display name, or the refusal: [error field suffix, message]. */
type SubjectCheck = { name: string } | { error: [string, string] };

/**
 * Checks that each subject exists for the actor and belongs under the proposing unit, and gives its display
 * name — three statements per 5,000 subjects (an import brings thousands), not two per subject.
 */
async function checkSubjects(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  inputs: readonly NomineeBody[],
): Promise<SubjectCheck[]> {
  const distinct = (test: (n: NomineeBody) => string | null | undefined) => [
    ...new Set(inputs.flatMap((n) => (test(n) ? [test(n)!] : []))),
  ];
  const unitIds = distinct((n) => (n.subjectKind === 'collective' ? n.unitId : null));
  const personIds = distinct((n) => (n.subjectKind !== 'collective' ? n.personId : null));
  const individuals = new Set(distinct((n) => (n.subjectKind === 'individual' ? n.personId : null)));
  const unitsFound = new Map<string, { name: string; path: string }>();
  const peopleFound = new Map<string, string>();
  const worked = new Set<string>();
  for (let from = 0; from < unitIds.length; from += 5000) {
    const rows = await tx
      .select({ id: units.id, name: units.name, path: units.path })
      .from(units)
      .where(and(inArray(units.id, unitIds.slice(from, from + 5000)), unitsVisibleTo(actor)));
    for (const u of rows) unitsFound.set(u.id, u);
  }
  for (let from = 0; from < personIds.length; from += 5000) {
    const part = personIds.slice(from, from + 5000);
    const rows = await tx
      .select({ id: people.id, fullName: people.fullName })
      .from(people)
      .where(and(inArray(people.id, part), personVisibleSql(actor, sql`${people.id}`)));
    for (const p of rows) peopleFound.set(p.id, p.fullName);
    const employed = part.filter((id) => individuals.has(id));
    if (employed.length === 0) continue;
    const jobs = await queryRows<{ person_id: string }>(
      tx,
      sql`select distinct e.person_id from employments e join units u on u.id = e.unit_id
        where e.person_id in (${idList(employed)}) and u.path like ${row.proposingPath + '%'}`,
    );
    for (const w of jobs) worked.add(w.person_id);
  }
  return inputs.map((n): SubjectCheck => {
    if (n.subjectKind === 'collective') {
      const unit = n.unitId ? unitsFound.get(n.unitId) : undefined;
      if (!unit) return { error: ['unitId', 'Không tìm thấy tập thể'] };
      if (!unit.path.startsWith(row.proposingPath)) {
        return { error: ['unitId', `${unit.name} không thuộc ${row.proposingName}`] };
      }
      return { name: unit.name };
    }
    const fullName = n.personId ? peopleFound.get(n.personId) : undefined;
    if (fullName === undefined) return { error: ['personId', 'Không tìm thấy cá nhân'] };
    if (n.subjectKind === 'individual' && !worked.has(n.personId!)) {
      return {
        error: ['personId', `${fullName} không công tác tại ${row.proposingName} hoặc đơn vị trực thuộc`],
      };
    }
    return { name: n.subjectKind === 'household' ? `${n.householdName} (chủ hộ ${fullName})` : fullName };
  });
}

/** The award kind fits the subject kind in the dossier's regime. */
function checkKind(
  regime: Regime,
  n: Pick<NomineeBody, 'awardKind' | 'subjectKind'>,
  field: string,
  errors: Fields,
) {
  const def = regime.kinds[n.awardKind];
  if (!def) {
    errors[field] = `Chế độ áp dụng (${regime.name}) không có danh hiệu, hình thức này`;
  } else if (!def.subjects.includes(n.subjectKind)) {
    errors[field] = `"${def.name}" không dành cho ${SUBJECT_KIND_LABELS[n.subjectKind].toLowerCase()}`;
  }
}

/** Refuses a kind whose authority is not the dossier's, naming the nominees. */
export function checkSameAuthority(
  row: DossierRow,
  regime: Regime,
  ancestry: readonly TreeUnit[],
  requests: { awardKind: AwardKindCode; label: string; field: string }[],
): void {
  if (requests.length === 0) return;
  const authority = resolveAuthority(regime, ancestry, requests);
  if (authority.code !== row.authorityCode || (authority.unit?.id ?? null) !== row.authorityUnitId) {
    const names = requests.map((r) => r.label).join(', ');
    const message = `${names}: thuộc thẩm quyền ${authority.label}, còn hồ sơ này trình ${row.authorityLabel}; hãy lập hồ sơ riêng`;
    throw new AppError('VALIDATION', message, { [requests[0]!.field]: message });
  }
}

async function checkReportFile(tx: Db, id: string | null | undefined, field: string, errors: Fields) {
  if (!id) return;
  if (!(await fileInfo(tx, id))) errors[field] = 'Không tìm thấy tệp báo cáo thành tích đã tải lên';
}

function refuse(errors: Fields, what = 'Danh sách đề nghị'): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${what}: ${entries[0]![1]}${more}`, errors);
}

/**
 * Validates and inserts nominees at the end of the dossier (all or none); `fieldOf(i)` names the i-th input in
 * error fields ("nominees.0", "rows.12"). Bumps the dossier's version once.
 */
export async function insertNominees(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  inputs: readonly NomineeBody[],
  fieldOf: (i: number) => string,
): Promise<string[]> {
  const regime = regimeById(row.regimeId);
  const errors: Fields = {};
  const names: string[] = [];
  const subjects = await checkSubjects(tx, actor, row, inputs);
  for (const [i, n] of inputs.entries()) {
    const field = fieldOf(i);
    checkKind(regime, n, `${field}.awardKind`, errors);
    const subject = subjects[i]!;
    if ('error' in subject) errors[`${field}.${subject.error[0]}`] = subject.error[1];
    names.push('name' in subject ? subject.name : `Dòng ${i + 1}`);
    await checkReportFile(tx, n.reportFileId, `${field}.reportFileId`, errors);
  }
  const seen = new Map<string, number>();
  const existing = await loadNominees(tx, [row.id]);
  for (const e of existing) seen.set(`${e.subjectKind}:${e.personId ?? e.unitId}:${e.awardKind}`, -1);
  inputs.forEach((n, i) => {
    const key = `${n.subjectKind}:${n.personId ?? n.unitId}:${n.awardKind}`;
    if (seen.has(key)) {
      const other = seen.get(key)!;
      errors[`${fieldOf(i)}.personId`] =
        other < 0
          ? `${names[i]} đã có trong hồ sơ với danh hiệu, hình thức này`
          : `${names[i]} bị trùng với ${fieldOf(other)
              .replace(/^rows\./, 'dòng ')
              .replace(/^nominees\./, 'mục ')}`;
    } else seen.set(key, i);
  });
  refuse(errors);
  const ancestry = await loadAncestry(tx, row.proposingPath);
  checkSameAuthority(
    row,
    regime,
    ancestry,
    inputs.map((n, i) => ({ awardKind: n.awardKind, label: names[i]!, field: `${fieldOf(i)}.awardKind` })),
  );
  const start = existing.reduce((max, e) => Math.max(max, e.position), 0);
  // One statement reading the rows from a JSON array: drizzle spends 0.2–0.5 s of CPU building each 500-row
  // VALUES list, which made an import of 10,000 rows take seconds in the builder alone.
  const payload = inputs.map((n, i) => ({
    position: start + i + 1,
    subject_kind: n.subjectKind,
    person_id: n.subjectKind === 'collective' ? null : n.personId!,
    unit_id: n.subjectKind === 'collective' ? n.unitId! : null,
    household_name: n.subjectKind === 'household' ? n.householdName : null,
    award_kind: n.awardKind,
    summary: n.summary ?? null,
    report_file_id: n.reportFileId ?? null,
  }));
  const inserted = await queryRows<{ id: string; position: number }>(
    tx,
    sql`insert into dossier_nominees (dossier_id, position, subject_kind, person_id, unit_id, household_name,
        award_kind, summary, report_file_id)
      select ${row.id}, x.position, x.subject_kind, x.person_id, x.unit_id, x.household_name, x.award_kind,
        x.summary, x.report_file_id
      from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as x(position smallint, subject_kind text,
        person_id uuid, unit_id uuid, household_name text, award_kind text, summary text, report_file_id uuid)
      order by x.position
      returning id, position`,
  );
  const idAt = new Map(inserted.map((r) => [Number(r.position), r.id]));
  const ids = payload.map((p) => idAt.get(p.position)!);
  await bumpDossier(tx, row, {}, false);
  return ids;
}

async function reload(tx: Db, actor: Actor, id: string): Promise<DossierView> {
  return dossierView(tx, actor, (await findDossierInScope(tx, actor, id))!);
}

/** POST /api/dossiers/:id/nominees */
export async function addNominee(tx: Db, actor: Actor, id: string, input: unknown): Promise<DossierView> {
  const body = parseInput(NomineeInput, input);
  const row = await dossierForEdit(tx, actor, id);
  const [nomineeId] = await insertNominees(tx, actor, row, [body], () => 'nominee');
  const added = (await loadNominees(tx, [id])).find((n) => n.id === nomineeId)!;
  await appendAudit(tx, actor, {
    action: 'dossier.nominee_added',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    after: nomineeSnapshot(added),
  });
  return reload(tx, actor, id);
}

const nomineeSnapshot = (n: NomineeRow) => ({
  nomineeId: n.id,
  name: n.name,
  subjectKind: n.subjectKind,
  personId: n.personId,
  unitId: n.unitId,
  awardKind: n.awardKind,
  summary: n.summary,
  reportFileId: n.reportFileId,
  appraisal: n.appraisal,
  appraisalNote: n.appraisalNote,
  proposedAwardKind: n.proposedAwardKind,
  version: n.version,
});

async function requireNominee(tx: Db, dossierId: string, nomineeId: string): Promise<NomineeRow> {
  const n = (await loadNominees(tx, [dossierId])).find((x) => x.id === nomineeId);
  return n ?? notFound('người được đề nghị trong hồ sơ');
}

async function updateNomineeRow(
  tx: Db,
  n: NomineeRow,
  changes: Partial<typeof dossierNominees.$inferInsert>,
): Promise<void> {
  const [updated] = await tx
    .update(dossierNominees)
    .set({ ...changes, version: sql`${dossierNominees.version} + 1` })
    .where(and(eq(dossierNominees.id, n.id), eq(dossierNominees.version, n.version)))
    .returning({ id: dossierNominees.id });
  if (!updated) throw stale(`Thông tin của ${n.name}`);
}

/** PATCH /api/dossiers/:id/nominees/:nomineeId (with the nominee's version). */
export async function updateNominee(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
  input: unknown,
): Promise<DossierView> {
  const body = parseInput(NomineeUpdateBody, input);
  const row = await dossierForEdit(tx, actor, id);
  const current = await requireNominee(tx, id, nomineeId);
  if (current.version !== body.version) throw stale(`Thông tin của ${current.name}`);
  const regime = regimeById(row.regimeId);
  const errors: Fields = {};
  const changes: Partial<typeof dossierNominees.$inferInsert> = {};
  if (body.awardKind !== undefined && body.awardKind !== current.awardKind) {
    checkKind(regime, { awardKind: body.awardKind, subjectKind: current.subjectKind }, 'awardKind', errors);
    refuse(errors, current.name);
    checkSameAuthority(row, regime, await loadAncestry(tx, row.proposingPath), [
      { awardKind: body.awardKind, label: current.name, field: 'awardKind' },
    ]);
    changes.awardKind = body.awardKind;
  }
  if (body.summary !== undefined) changes.summary = body.summary;
  if (body.reportFileId !== undefined) {
    await checkReportFile(tx, body.reportFileId, 'reportFileId', errors);
    changes.reportFileId = body.reportFileId ?? null;
  }
  if (body.householdName !== undefined) {
    if (current.subjectKind !== 'household') errors.householdName = 'Tên hộ chỉ dùng cho hộ gia đình';
    else if (!body.householdName) errors.householdName = 'Nhập tên hộ gia đình';
    else changes.householdName = body.householdName;
  }
  refuse(errors, current.name);
  await updateNomineeRow(tx, current, changes);
  await bumpDossier(tx, row, {}, false);
  if (
    changes.reportFileId !== undefined &&
    current.reportFileId &&
    current.reportFileId !== changes.reportFileId
  ) {
    await releaseFiles(tx, [current.reportFileId]);
  }
  const after = await requireNominee(tx, id, nomineeId);
  await appendAudit(tx, actor, {
    action: 'dossier.nominee_updated',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: nomineeSnapshot(current),
    after: nomineeSnapshot(after),
  });
  return reload(tx, actor, id);
}

/** DELETE /api/dossiers/:id/nominees/:nomineeId; the positions after it close up. */
export async function removeNominee(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
): Promise<DossierView> {
  const row = await dossierForEdit(tx, actor, id);
  const current = await requireNominee(tx, id, nomineeId);
  await tx.delete(dossierNominees).where(eq(dossierNominees.id, nomineeId));
  await tx
    .update(dossierNominees)
    .set({ position: sql`${dossierNominees.position} - 1` })
    .where(and(eq(dossierNominees.dossierId, id), sql`${dossierNominees.position} > ${current.position}`));
  if (current.reportFileId) await releaseFiles(tx, [current.reportFileId]);
  await bumpDossier(tx, row, {}, false);
  await appendAudit(tx, actor, {
    action: 'dossier.nominee_removed',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: nomineeSnapshot(current),
  });
  return reload(tx, actor, id);
}

/** PUT /api/dossiers/:id/nominees/:nomineeId/appraisal: the specialist agrees or not, may propose another kind. */
export async function appraiseNominee(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
  input: unknown,
): Promise<DossierView> {
  const body = parseInput(AppraisalBody, input);
  return writeAppraisals(tx, actor, id, [{ nomineeId, body }]);
}

/** An item's VALIDATION error with its fields named inside the list ("items.2.note"). */
function inItem<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION' || !error.fields) throw error;
    const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v]));
    throw new AppError('VALIDATION', error.message, fields);
  }
}

const AppraisalsBody = z
  .object({
    items: z
      .array(z.object({ nomineeId: z.uuid('Mã người được đề nghị không hợp lệ') }).loose())
      .min(1, 'Chưa có kết quả thẩm định nào')
      .max(500),
  })
  .strict();

/**
 * The appraisal of several nominees of one dossier at once, each checked and recorded exactly as appraiseNominee
 * would (with its nominee's version), one audit entry per nominee; the dossier is read and reloaded once.
 * Input: { items: [{ nomineeId, version, appraisal, note?, proposedAwardKind? }] }.
 */
export async function appraiseNominees(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<DossierView> {
  const { items } = parseInput(AppraisalsBody, input);
  const parsed = items.map(({ nomineeId, ...rest }, i) =>
    inItem(`items.${i}`, () => ({ nomineeId, body: parseInput(AppraisalBody, rest) })),
  );
  const seen = new Set<string>();
  parsed.forEach((item, i) => {
    if (seen.has(item.nomineeId)) refuse({ [`items.${i}.nomineeId`]: 'Người được đề nghị bị nhập hai lần' });
    seen.add(item.nomineeId);
  });
  return writeAppraisals(tx, actor, id, parsed, 'items');
}

async function writeAppraisals(
  tx: Db,
  actor: Actor,
  id: string,
  items: readonly { nomineeId: string; body: z.output<typeof AppraisalBody> }[],
  /** The list's field name when the appraisals came as a list (errors then name the item). */
  list?: string,
): Promise<DossierView> {
  const row = await requireDossier(tx, actor, id, true);
  authorize(sidesOf(actor, row).has('authority'), AUTHORITY_REFUSED);
  if (!APPRAISAL_STATUSES.includes(row.status)) {
    throw new AppError(
      'INVALID_STATE',
      'Chỉ ghi kết quả thẩm định khi hồ sơ đang thẩm định (tiếp nhận rồi bấm "Bắt đầu thẩm định")',
    );
  }
  const nominees = await loadNominees(tx, [id]);
  const check = ({ nomineeId, body }: (typeof items)[number]) => {
    const current = nominees.find((x) => x.id === nomineeId) ?? notFound('người được đề nghị trong hồ sơ');
    if (current.version !== body.version) throw stale(`Kết quả thẩm định của ${current.name}`);
    const proposed = body.proposedAwardKind ?? null;
    if (proposed) {
      const errors: Fields = {};
      checkKind(
        regimeById(row.regimeId),
        { awardKind: proposed, subjectKind: current.subjectKind },
        'proposedAwardKind',
        errors,
      );
      refuse(errors, current.name);
    }
    return { current, body, proposed };
  };
  const checked = items.map((item, i) => (list ? inItem(`${list}.${i}`, () => check(item)) : check(item)));
  for (const { current, body, proposed } of checked) {
    await updateNomineeRow(tx, current, {
      appraisal: body.appraisal,
      appraisalNote: body.note,
      proposedAwardKind: proposed === current.awardKind ? null : proposed,
    });
  }
  await bumpDossier(tx, row, {}, false);
  const after = new Map((await loadNominees(tx, [id])).map((n) => [n.id, n]));
  for (const { current } of checked) {
    await appendAudit(tx, actor, {
      action: 'dossier.nominee_appraised',
      entity: 'dossier',
      entityId: id,
      unitId: row.handlingUnitId ?? row.proposingUnitId,
      before: nomineeSnapshot(current),
      after: nomineeSnapshot(after.get(current.id)!),
    });
  }
  return reload(tx, actor, id);
}
