// Dossier use cases: list, read, draft, edit and delete — scoped load → authorise → rule → write → audit →
// present, inside the caller's transaction. Nominees: dossiers.nominees.ts; workflow: dossiers.transitions.ts.
import { and, eq, sql } from 'drizzle-orm';
import {
  DossierCreateBody,
  type DossierListQuery,
  type DossierPage,
  DossierUpdateBody,
  type DossierView,
} from '../../../contracts/dossiers';
import { todayInVietnam } from '../../../contracts/people';
import { regimeById } from '../../../domain/catalog';
import type { AwardKindCode, Regime } from '../../../domain/regimes/types';
import type { DossierFacts, NomineeFacts } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import { dossierEvents, dossiers } from '../../db/schema/index';
import { type Actor, hasRoleAt, type RoleBinding } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { awardKindName } from '../history/history.present';
import { parseInput } from '../people/people.service';
import { findUnitInScope } from '../units/units.queries';
import {
  type KindRequest,
  loadAncestry,
  regimeOfYear,
  resolveAuthority,
  type ResolvedAuthority,
  type TreeUnit,
} from './dossiers.authority';
import { releaseFiles } from './dossiers.attachments';
import { insertNominees } from './dossiers.nominees';
import { canCreateDossiers, PROPOSER_REFUSED, sidesOf } from './dossiers.policy';
import { type DossierParts, presentDossier, presentListItem } from './dossiers.present';
import {
  type DossierRow,
  findDossierInScope,
  loadAttachments,
  loadEvents,
  loadLinked,
  loadNominees,
  type NomineeRow,
  selectDossierPage,
} from './dossiers.queries';

const DOSSIER = 'hồ sơ';

/** A stale version: someone changed the dossier since the user read it. */
export function stale(what = 'Hồ sơ'): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

/** The dossier in the actor's scope (NOT_FOUND outside it), locked for update when asked. */
export async function requireDossier(tx: Db, actor: Actor, id: string, lock = false): Promise<DossierRow> {
  return (await findDossierInScope(tx, actor, id, lock)) ?? notFound(DOSSIER);
}

/** The role binding an actor acts through on a side of the dossier (for the timeline). */
export function bindingFor(actor: Actor, roles: readonly string[], path: string | null): RoleBinding | null {
  if (!path) return null;
  return actor.roles.find((r) => roles.includes(r.role) && path.startsWith(r.unitPath)) ?? null;
}

/** The final award kind of a nominee: the council's, else the one requested. */
export const finalKind = (n: Pick<NomineeRow, 'outcomeAwardKind' | 'awardKind'>) =>
  (n.outcomeAwardKind ?? n.awardKind) as AwardKindCode;

/**
 * Does a passed nominee's award belong to an authority above the unit handling this dossier (so the dossier is
 * forwarded for it)? The authority is placed for the dossier's proposing unit.
 */
export function needsForwarding(
  row: Pick<DossierRow, 'handlingUnitId' | 'handlingPath'>,
  regime: Regime,
  ancestry: readonly TreeUnit[],
  n: Pick<NomineeRow, 'outcome' | 'outcomeAwardKind' | 'awardKind' | 'name'>,
): ResolvedAuthority | null {
  if (n.outcome !== 'passed' || !row.handlingUnitId || !row.handlingPath) return null;
  let authority: ResolvedAuthority;
  try {
    authority = resolveAuthority(regime, ancestry, [{ awardKind: finalKind(n), label: n.name, field: 'x' }]);
  } catch {
    return null;
  }
  if (!authority.unit) return authority;
  const above = row.handlingPath.startsWith(authority.unit.path) && authority.unit.id !== row.handlingUnitId;
  return above ? authority : null;
}

/** The facts the workflow's guards read. */
export function dossierFacts(
  row: DossierRow,
  nominees: readonly NomineeRow[],
  ancestry: readonly TreeUnit[],
): DossierFacts {
  const regime = regimeById(row.regimeId);
  return {
    status: row.status,
    external: row.handlingUnitId === null,
    nominees: nominees.map((n): NomineeFacts => ({
      name: n.name,
      awardKind: n.awardKind,
      summary: n.summary,
      appraisal: n.appraisal,
      outcome: n.outcome,
      needsForwarding: needsForwarding(row, regime, ancestry, n) !== null,
      forwarded: n.forwardedToNomineeId !== null,
    })),
  };
}

/** The dossier as the actor sees it now. */
export async function dossierView(tx: Db, actor: Actor, row: DossierRow): Promise<DossierView> {
  const nominees = await loadNominees(tx, [row.id]);
  const ancestry = await loadAncestry(tx, row.proposingPath);
  const parts: DossierParts = {
    row,
    nominees,
    attachments: await loadAttachments(tx, row.id),
    events: await loadEvents(tx, row.id),
    linked: await loadLinked(tx, actor, row),
    sides: sidesOf(actor, row),
    facts: dossierFacts(row, nominees, ancestry),
  };
  return presentDossier(parts, todayInVietnam());
}

/** GET /api/dossiers */
export async function listDossiers(tx: Db, actor: Actor, query: DossierListQuery): Promise<DossierPage> {
  const today = todayInVietnam();
  const { rows, total } = await selectDossierPage(tx, actor, query, today);
  return {
    items: rows.map((r) => presentListItem(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateDossiers(actor) },
  };
}

/** GET /api/dossiers/:id */
export async function getDossier(tx: Db, actor: Actor, id: string): Promise<DossierView> {
  return dossierView(tx, actor, await requireDossier(tx, actor, id));
}

/** The next code of the year: "HS-2026-00042" (the counter row is locked until the transaction ends). */
export async function nextDossierCode(tx: Db, year = Number(todayInVietnam().slice(0, 4))): Promise<string> {
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into dossier_code_counters (year, last) values (${year}, 1)
      on conflict (year) do update set last = dossier_code_counters.last + 1 returning last`,
  );
  return `HS-${year}-${String(row!.last).padStart(5, '0')}`;
}

/** Kind requests for authority resolution: the kinds asked for at creation, by name. */
export function kindRequests(regime: Regime, kinds: readonly AwardKindCode[], field: string): KindRequest[] {
  return [...new Set(kinds)].map((k) => ({
    awardKind: k,
    label: `"${regime.kinds[k]?.name ?? k}"`,
    field,
  }));
}

export const defaultTitle = (regime: Regime, kinds: readonly AwardKindCode[], year: number) =>
  `Đề nghị tặng ${[...new Set(kinds)].map((k) => regime.kinds[k]?.name ?? k).join(', ')} năm ${year}`;

/** A moment other than now for a step (the demo seeding writes 2023's steps); omitted: the clock. */
export interface ClockOptions {
  now?: Date;
}

/** Records a step of the timeline. */
export async function recordEvent(
  tx: Db,
  actor: Actor,
  values: {
    dossierId: string;
    action: string;
    fromStatus: DossierRow['status'] | null;
    toStatus: DossierRow['status'];
    binding: RoleBinding | null;
    comment?: string | null;
    supplementItems?: readonly string[] | null;
    /** The moment of the step when it is not now (demo history written later); default clock_timestamp(). */
    at?: Date;
  },
): Promise<void> {
  await tx.insert(dossierEvents).values({
    dossierId: values.dossierId,
    action: values.action,
    fromStatus: values.fromStatus,
    toStatus: values.toStatus,
    actorUserId: actor.userId,
    actorRole: values.binding?.role ?? null,
    actorUnitId: values.binding?.unitId || null,
    // The moment of the step, not of the transaction: steps taken in one transaction keep their order.
    at: values.at ?? sql`clock_timestamp()`,
    comment: values.comment ?? null,
    supplementItems:
      values.supplementItems && values.supplementItems.length > 0 ? values.supplementItems : null,
  });
}

export const snapshot = (row: DossierRow) => ({
  code: row.code,
  title: row.title,
  status: row.status,
  proposingUnitId: row.proposingUnitId,
  authorityCode: row.authorityCode,
  authorityUnitId: row.authorityUnitId,
  regimeId: row.regimeId,
  awardType: row.awardType,
  achievementYear: row.achievementYear,
  movementId: row.movementId,
  deadlineOn: row.deadlineOn,
  version: row.version,
});

/**
 * POST /api/dossiers, and for other modules (clusters pre-filling a Cờ thi đua dossier): a draft of the
 * proposing unit, addressed to the authority of the kinds requested, with its first nominees.
 */
export async function createDossierDraft(
  tx: Db,
  actor: Actor,
  input: unknown,
  options: ClockOptions = {},
): Promise<DossierView> {
  authorize(canCreateDossiers(actor), PROPOSER_REFUSED);
  const body = parseInput(DossierCreateBody, input);
  const unit = await findUnitInScope(tx, actor, body.proposingUnitId);
  if (!unit)
    throw new AppError('VALIDATION', 'Không tìm thấy đơn vị', { proposingUnitId: 'Không tìm thấy đơn vị' });
  authorize(hasRoleAt(actor, ['officer'], unit.path), PROPOSER_REFUSED);
  const regime = regimeOfYear(body.achievementYear);
  const ancestry = await loadAncestry(tx, unit.path);
  const nominees = body.nominees ?? [];
  const authority = resolveAuthority(regime, ancestry, [
    ...kindRequests(regime, body.awardKinds, 'awardKinds'),
    ...nominees.map((n, i) => ({
      awardKind: n.awardKind,
      label: `Dòng ${i + 1}`,
      field: `nominees.${i}.awardKind`,
    })),
  ]);
  const [inserted] = await tx
    .insert(dossiers)
    .values({
      code: await nextDossierCode(
        tx,
        options.now ? Number(todayInVietnam(options.now).slice(0, 4)) : undefined,
      ),
      proposingUnitId: unit.id,
      authorityCode: authority.code,
      authorityLabel: authority.label,
      authorityUnitId: authority.unit?.id ?? null,
      regimeId: regime.id,
      awardType: body.awardType,
      movementId: body.movementId ?? null,
      title: body.title ?? defaultTitle(regime, body.awardKinds, body.achievementYear),
      achievementYear: body.achievementYear,
      status: 'draft',
      createdBy: actor.userId,
      ...(options.now ? { createdAt: options.now, updatedAt: options.now } : {}),
    })
    .returning({ id: dossiers.id });
  let row = (await findDossierInScope(tx, actor, inserted!.id))!;
  await recordEvent(tx, actor, {
    dossierId: row.id,
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    binding: bindingFor(actor, ['officer'], row.proposingPath),
    at: options.now,
  });
  await appendAudit(tx, actor, {
    action: 'dossier.created',
    entity: 'dossier',
    entityId: row.id,
    unitId: row.proposingUnitId,
    after: snapshot(row),
  });
  if (nominees.length > 0) {
    await insertNominees(tx, actor, row, nominees, (i) => `nominees.${i}`);
    row = (await findDossierInScope(tx, actor, row.id))!;
  }
  return dossierView(tx, actor, row);
}

/** The dossier for a change by the proposer: in scope, editable (draft or returned), at the version sent. */
export async function dossierForEdit(
  tx: Db,
  actor: Actor,
  id: string,
  version?: number,
): Promise<DossierRow> {
  const row = await requireDossier(tx, actor, id, true);
  authorize(sidesOf(actor, row).has('proposer'), PROPOSER_REFUSED);
  if (row.status !== 'draft' && row.status !== 'returned') {
    throw new AppError(
      'INVALID_STATE',
      'Chỉ sửa được hồ sơ đang soạn hoặc bị trả lại để bổ sung; hồ sơ này đã gửi đi',
    );
  }
  if (version !== undefined && row.version !== version) throw stale();
  return row;
}

/** Increments the dossier's version (every change to it or its parts does), checking it when asked. */
export async function bumpDossier(
  tx: Db,
  row: DossierRow,
  changes: Partial<typeof dossiers.$inferInsert> = {},
  checkVersion = true,
): Promise<void> {
  const [updated] = await tx
    .update(dossiers)
    .set({ ...changes, updatedAt: new Date(), version: sql`${dossiers.version} + 1` })
    .where(
      checkVersion
        ? and(eq(dossiers.id, row.id), eq(dossiers.version, row.version))
        : eq(dossiers.id, row.id),
    )
    .returning({ id: dossiers.id });
  if (!updated) throw stale();
}

/** PATCH /api/dossiers/:id (draft or returned; with version). */
export async function updateDossier(tx: Db, actor: Actor, id: string, input: unknown): Promise<DossierView> {
  const body = parseInput(DossierUpdateBody, input);
  const current = await dossierForEdit(tx, actor, id, body.version);
  const changes: Partial<typeof dossiers.$inferInsert> = {};
  if (body.title !== undefined) changes.title = body.title;
  if (body.awardType !== undefined) changes.awardType = body.awardType;
  if (body.movementId !== undefined) changes.movementId = body.movementId;
  if (body.achievementYear !== undefined || body.awardKinds !== undefined) {
    const year = body.achievementYear ?? current.achievementYear;
    const regime = regimeOfYear(year);
    const ancestry = await loadAncestry(tx, current.proposingPath);
    const nominees = await loadNominees(tx, [current.id]);
    const requests = [
      ...kindRequests(regime, body.awardKinds ?? [], 'awardKinds'),
      ...nominees.map((n) => ({
        awardKind: n.awardKind as AwardKindCode,
        label: n.name,
        field: 'awardKinds',
      })),
    ];
    if (requests.length > 0) {
      const authority = resolveAuthority(regime, ancestry, requests);
      changes.authorityCode = authority.code;
      changes.authorityLabel = authority.label;
      changes.authorityUnitId = authority.unit?.id ?? null;
    }
    changes.achievementYear = year;
    changes.regimeId = regime.id;
  }
  await bumpDossier(tx, current, changes);
  const row = (await findDossierInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'dossier.updated',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: snapshot(current),
    after: snapshot(row),
  });
  return dossierView(tx, actor, row);
}

/** DELETE /api/dossiers/:id: a draft never sent (a sent dossier is withdrawn instead, and kept). */
export async function deleteDossier(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const row = await requireDossier(tx, actor, id, true);
  authorize(sidesOf(actor, row).has('proposer'), PROPOSER_REFUSED);
  if (row.status !== 'draft' || row.submittedAt) {
    throw new AppError(
      'INVALID_STATE',
      'Chỉ xóa được hồ sơ đang soạn chưa gửi lần nào; hồ sơ đã gửi thì rút hồ sơ',
    );
  }
  const nominees = await loadNominees(tx, [id]);
  const attachments = await loadAttachments(tx, id);
  await tx.delete(dossiers).where(eq(dossiers.id, id));
  await releaseFiles(tx, [
    ...attachments.map((a) => a.fileId),
    ...nominees.map((n) => n.reportFileId).filter((f): f is string => f !== null),
  ]);
  await appendAudit(tx, actor, {
    action: 'dossier.deleted',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: {
      ...snapshot(row),
      nominees: nominees.map((n) => ({ name: n.name, awardKind: n.awardKind })),
      attachments: attachments.map((a) => ({ kind: a.kind, file: a.fileName, sha256: a.sha256 })),
    },
  });
  return { ok: true };
}

/** "Chiến sĩ thi đua cơ sở" for messages. */
export const kindName = (code: string, year: number) => awardKindName(code as AwardKindCode, year);
