// The workflow in action: one transition of domain/workflow.ts TRANSITIONS on one dossier — scoped load with a
// row lock → the actor's side → version → status and guards → effects (verdicts taken at submission, dates,
// deadline, the forwarded dossier) → status change (the database trigger checks it too) → timeline → audit.
import { and, eq, sql } from 'drizzle-orm';
import { TransitionBody } from '../../../contracts/dossiers';
import { todayInVietnam } from '../../../contracts/people';
import { regimeById } from '../../../domain/catalog';
import type { AwardType } from '../../../domain/regimes/types';
import {
  type ActionInput,
  type DossierAction,
  type DossierStatus,
  SIDE_LABELS,
  SIDE_ROLES,
  transitionErrors,
  transitionOf,
} from '../../../domain/workflow';
import { deadlineFrom } from '../../../domain/working-days';
import type { Db } from '../../db/client';
import { dossierAttachments, dossierNominees, dossiers } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize } from '../../lib/errors';
import { evaluateEligibilityMany } from '../eligibility/eligibility.service';
import { parseInput } from '../people/people.service';
import { handlingUnitOf, loadAncestry, type ResolvedAuthority, type TreeUnit } from './dossiers.authority';
import { sidesOf } from './dossiers.policy';
import {
  type DossierRow,
  findDossier,
  loadAttachments,
  loadNominees,
  type NomineeRow,
} from './dossiers.queries';
import {
  bindingFor,
  dossierFacts,
  finalKind,
  needsForwarding,
  nextDossierCode,
  recordEvent,
  requireDossier,
  snapshot,
  stale,
} from './dossiers.service';

export interface TransitionInput extends ActionInput {
  /** The dossier's version as the actor saw it; a different one answers 409 (a double click acts once). */
  version?: number;
}

export interface TransitionOptions {
  /** Through POST /api/dossiers/:id/transitions: actions reserved to other modules are refused. */
  viaApi?: boolean;
  /** The moment of the step when it is not now (the demo seeding writes 2023's steps); default: the clock. */
  now?: Date;
  /**
   * The dossier (locked for update by the caller), its nominees and the proposer's ancestry as the caller has just
   * read them in this transaction — a caller moving many dossiers reads them all at once instead of one by one.
   */
  loaded?: { row: DossierRow; nominees: NomineeRow[]; ancestry: TreeUnit[] };
}

export interface TransitionResult {
  id: string;
  status: DossierStatus;
  version: number;
  /** Dossiers created by a forward. */
  forwardedIds: string[];
}

/** Takes each nominee's eligibility verdict now, with the engine of #3, and stores it with the nominee. */
async function snapshotVerdicts(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  nominees: readonly NomineeRow[],
  at = new Date(),
) {
  // One history load for the whole list (the verdicts are those evaluateEligibility gives each nominee).
  const verdicts = await evaluateEligibilityMany(
    tx,
    actor,
    todayInVietnam(at),
    nominees.map((n) => ({
      subjectId: (n.subjectKind === 'collective' ? n.unitId : n.personId)!,
      request: {
        subjectKind: n.subjectKind,
        awardKind: n.awardKind as never,
        year: row.achievementYear,
        awardType: row.awardType as AwardType,
      },
    })),
  );
  for (const [i, n] of nominees.entries()) {
    const verdict = verdicts[i]!;
    await tx
      .update(dossierNominees)
      .set({
        verdictStatus: verdict.verdict,
        verdict,
        verdictAt: at,
        version: sql`${dossierNominees.version} + 1`,
      })
      .where(eq(dossierNominees.id, n.id));
  }
}

/**
 * Forward: for each authority above the one handling this dossier, a new dossier of the handling unit addressed
 * to it, arriving submitted, with copies of the passed nominees (linked both ways) and of the attachments.
 */
async function createForwardedDossiers(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  nominees: readonly NomineeRow[],
  now: Date,
): Promise<string[]> {
  const regime = regimeById(row.regimeId);
  const ancestry = await loadAncestry(tx, row.proposingPath);
  const groups = new Map<string, { authority: ResolvedAuthority; nominees: NomineeRow[] }>();
  for (const n of nominees) {
    if (n.forwardedToNomineeId) continue;
    const authority = needsForwarding(row, regime, ancestry, n);
    if (!authority) continue;
    const key = `${authority.code}:${authority.unit?.id ?? ''}`;
    const group = groups.get(key) ?? { authority, nominees: [] };
    group.nominees.push(n);
    groups.set(key, group);
  }
  const upperAncestry = await loadAncestry(tx, row.handlingPath!);
  const attachments = await loadAttachments(tx, row.id);
  const created: string[] = [];
  for (const { authority, nominees: group } of groups.values()) {
    const external = handlingUnitOf(authority.unit, upperAncestry) === null;
    const kinds = [...new Set(group.map((n) => regime.kinds[finalKind(n)]?.name ?? finalKind(n)))];
    const [upper] = await tx
      .insert(dossiers)
      .values({
        code: await nextDossierCode(tx, Number(todayInVietnam(now).slice(0, 4))),
        proposingUnitId: row.handlingUnitId!,
        authorityCode: authority.code,
        authorityLabel: authority.label,
        authorityUnitId: authority.unit?.id ?? null,
        regimeId: row.regimeId,
        awardType: row.awardType,
        movementId: row.movementId,
        title: `Đề nghị tặng ${kinds.join(', ')} năm ${row.achievementYear} (trình tiếp hồ sơ ${row.code})`,
        achievementYear: row.achievementYear,
        status: 'submitted',
        submittedAt: now,
        deadlineOn: external ? null : deadlineFrom(todayInVietnam(now), 'check_completeness').date,
        forwardedFromId: row.id,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: dossiers.id });
    const upperRow = (await findDossier(tx, upper!.id))!;
    for (const [i, n] of group.entries()) {
      const [copy] = await tx
        .insert(dossierNominees)
        .values({
          dossierId: upper!.id,
          position: i + 1,
          subjectKind: n.subjectKind,
          personId: n.personId,
          unitId: n.unitId,
          householdName: n.householdName,
          awardKind: finalKind(n),
          summary: n.summary,
          reportFileId: n.reportFileId,
        })
        .returning({ id: dossierNominees.id });
      await tx
        .update(dossierNominees)
        .set({ forwardedToNomineeId: copy!.id, version: sql`${dossierNominees.version} + 1` })
        .where(eq(dossierNominees.id, n.id));
    }
    if (attachments.length > 0) {
      await tx.insert(dossierAttachments).values(
        attachments.map((a) => ({
          dossierId: upper!.id,
          kind: a.kind,
          fileId: a.fileId,
          note: a.note ? `${a.note} (từ hồ sơ ${row.code})` : `Từ hồ sơ ${row.code}`,
          createdBy: actor.userId,
        })),
      );
    }
    await snapshotVerdicts(tx, actor, upperRow, await loadNominees(tx, [upper!.id]), now);
    await recordEvent(tx, actor, {
      dossierId: upper!.id,
      action: 'forwarded_in',
      fromStatus: null,
      toStatus: 'submitted',
      binding: bindingFor(actor, SIDE_ROLES.authority, row.handlingPath),
      comment: `Trình tiếp từ hồ sơ ${row.code} của ${row.proposingName}`,
      at: now,
    });
    await appendAudit(tx, actor, {
      action: 'dossier.created',
      entity: 'dossier',
      entityId: upper!.id,
      unitId: upperRow.proposingUnitId,
      after: { ...snapshot(upperRow), forwardedFromId: row.id, nominees: group.map((n) => n.id) },
    });
    created.push(upper!.id);
  }
  return created;
}

/**
 * Applies one workflow action to a dossier. Used by the transitions endpoint and by other modules inside their
 * own transaction: councils call it with 'conclude' (after writing each nominee's outcome), decisions with
 * 'decide' (after writing each nominee's decision_id). The actor must see the dossier (else 404) and stand on the
 * action's side (the 'system' side is authorised by the calling module).
 */
export async function transitionDossier(
  tx: Db,
  actor: Actor,
  dossierId: string,
  action: DossierAction,
  input: TransitionInput = {},
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  const t = transitionOf(action);
  const row = options.loaded?.row ?? (await requireDossier(tx, actor, dossierId, true));
  if (options.viaApi && !t.viaApi) {
    throw new AppError(
      'FORBIDDEN',
      `Bước "${t.label}" do ${SIDE_LABELS[t.side]} thực hiện, không thực hiện trực tiếp ở đây`,
    );
  }
  const sides = sidesOf(actor, row);
  if (t.side !== 'system') {
    authorize(sides.has(t.side), `Bước "${t.label}" chỉ do ${SIDE_LABELS[t.side]} thực hiện`);
  }
  if (input.version !== undefined && input.version !== row.version) throw stale();
  const nominees = options.loaded?.nominees ?? (await loadNominees(tx, [row.id]));
  const ancestry = options.loaded?.ancestry ?? (await loadAncestry(tx, row.proposingPath));
  const facts = dossierFacts(row, nominees, ancestry);
  const errors = transitionErrors(action, facts, input);
  if (errors.length > 0) {
    if (!t.from.includes(row.status)) throw new AppError('INVALID_STATE', errors[0]!);
    const fields: Record<string, string> = {};
    for (const e of errors) {
      const field = /lý do/.test(e) ? 'comment' : /bổ sung/.test(e) ? 'supplementItems' : 'nominees';
      fields[field] ??= e;
    }
    throw new AppError('VALIDATION', errors.join('. '), fields);
  }

  const changes: Partial<typeof dossiers.$inferInsert> = { status: t.to };
  const now = options.now ?? new Date();
  if (t.effects.includes('snapshot_verdicts')) await snapshotVerdicts(tx, actor, row, nominees, now);
  if (t.effects.includes('mark_submitted')) changes.submittedAt = now;
  if (t.effects.includes('mark_received')) changes.receivedAt = now;
  if (t.deadline === 'clear') changes.deadlineOn = null;
  else if (t.deadline !== 'keep') {
    changes.deadlineOn = facts.external ? null : deadlineFrom(todayInVietnam(now), t.deadline.start).date;
  }
  let forwardedIds: string[] = [];
  if (t.effects.includes('create_forwarded_dossier')) {
    forwardedIds = await createForwardedDossiers(tx, actor, row, nominees, now);
  }
  const [updated] = await tx
    .update(dossiers)
    .set({ ...changes, updatedAt: now, version: sql`${dossiers.version} + 1` })
    .where(and(eq(dossiers.id, row.id), eq(dossiers.version, row.version)))
    .returning({ version: dossiers.version });
  if (!updated) throw stale();
  const supplementItems = action === 'return' ? (input.supplementItems ?? []).filter((s) => s.trim()) : null;
  const sideRoles = t.side === 'system' ? [] : SIDE_ROLES[t.side];
  await recordEvent(tx, actor, {
    dossierId: row.id,
    action,
    fromStatus: row.status,
    toStatus: t.to,
    binding: bindingFor(actor, sideRoles, t.side === 'proposer' ? row.proposingPath : row.handlingPath),
    comment: input.comment ?? null,
    supplementItems,
    at: options.now,
  });
  await appendAudit(tx, actor, {
    action: `dossier.${action}`,
    entity: 'dossier',
    entityId: row.id,
    unitId: t.side === 'proposer' ? row.proposingUnitId : (row.handlingUnitId ?? row.proposingUnitId),
    before: { status: row.status, version: row.version, deadlineOn: row.deadlineOn },
    after: {
      status: t.to,
      version: updated.version,
      deadlineOn: changes.deadlineOn === undefined ? row.deadlineOn : changes.deadlineOn,
      comment: input.comment ?? null,
      supplementItems,
      forwardedIds: forwardedIds.length > 0 ? forwardedIds : undefined,
    },
  });
  return { id: row.id, status: t.to, version: updated.version, forwardedIds };
}

/** POST /api/dossiers/:id/transitions {action, version, comment?, supplementItems?} */
export async function applyTransition(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<TransitionResult> {
  const body = parseInput(TransitionBody, input);
  return transitionDossier(
    tx,
    actor,
    id,
    body.action,
    { version: body.version, comment: body.comment, supplementItems: body.supplementItems },
    { viaApi: true },
  );
}
