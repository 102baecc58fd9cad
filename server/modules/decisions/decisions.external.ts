// Decisions of higher authorities (the Prime Minister's Bằng khen, the province's Cờ thi đua …) recorded with their
// awardees of ours, so the history is complete: the awards enter the history (source 'external'); a proposal we
// forwarded up that the act answers is closed. And the proposals still pending: nominees forwarded to a higher
// authority (or sent to one outside the system) that no decision answers yet.
import { eq, sql } from 'drizzle-orm';
import {
  ExternalCreateBody,
  type DecisionView,
  type PendingProposalView,
} from '../../../contracts/decisions';
import { todayInVietnam } from '../../../contracts/people';
import { decisionMoney } from '../../../domain/decisions';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';
import { awards, decisionAwardees, decisions } from '../../db/schema/index';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { authorize, invalidField } from '../../lib/errors';
import { parseInput, viDate } from '../people/people.service';
import {
  displayNameOf,
  heldTitles,
  linkNominees,
  printedSubjects,
  selectNominees,
} from './decisions.awardees';
import { regimeIdAt } from './decisions.drafts';
import { closeDecidedDossiers, lockDossiersOfNominees } from './decisions.dossiers';
import { canRecordFor, RECORD_REFUSED } from './decisions.policy';
import { unitPaths } from './decisions.queries';
import { decisionView, requireDecision } from './decisions.service';

/** The condition of a pending proposal on a nominee `n` of dossier `ds`. */
const PENDING = sql`n.forwarded_to_nominee_id is null and n.decision_id is null and n.outcome is distinct from 'failed'
  and ds.status not in ('draft', 'withdrawn', 'rejected', 'returned')
  and (ds.forwarded_from_id is not null or ds.authority_unit_id is null)
  and not exists (select 1 from decision_awardees x where x.nominee_id = n.id)`;

/** The nominee and every nominee it was forwarded from (down the chain) have a dossier proposed in scope. */
function chainInScope(actor: Actor) {
  const paths = scopePaths(actor);
  return sql`exists (
    with recursive down(id, dossier_id) as (
      select n.id, n.dossier_id
      union all
      select l.id, l.dossier_id from dossier_nominees l join down on l.forwarded_to_nominee_id = down.id
    )
    select 1 from down join dossiers cd on cd.id = down.dossier_id join units cu on cu.id = cd.proposing_unit_id
    where ${pathInScope(sql`cu.path`, paths)})`;
}

/** GET /api/decisions/pending-proposals: proposals sent up that still wait for a decision. */
export async function listPendingProposals(tx: Db, actor: Actor): Promise<{ items: PendingProposalView[] }> {
  const rows = await selectNominees(tx, sql`${PENDING} and ${chainInScope(actor)}`);
  if (rows.length === 0) return { items: [] };
  const origins = await queryRows<{
    nominee_id: string;
    dossier_id: string;
    code: string;
    unit_name: string;
  }>(
    tx,
    sql`select distinct on (start.id) start.id as nominee_id, od.id as dossier_id, od.code, ou.name as unit_name
      from dossier_nominees start
      cross join lateral (
        with recursive down(id, dossier_id, depth) as (
          select start.id, start.dossier_id, 0
          union all
          select l.id, l.dossier_id, down.depth + 1 from dossier_nominees l join down on l.forwarded_to_nominee_id = down.id
        )
        select dossier_id, depth from down
      ) chain
      join dossiers od on od.id = chain.dossier_id join units ou on ou.id = od.proposing_unit_id
      where start.id in (${sql.join(
        rows.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})
      order by start.id, chain.depth desc`,
  );
  const labels = await queryRows<{ id: string; authority_label: string }>(
    tx,
    sql`select id, authority_label from dossiers where id in (${sql.join(
      [...new Set(rows.map((r) => r.dossierId))].map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return {
    items: rows.map((n) => {
      const origin = origins.find((o) => o.nominee_id === n.id);
      return {
        nomineeId: n.id,
        dossierId: n.dossierId,
        dossierCode: n.dossierCode,
        dossierStatus: n.dossierStatus,
        authorityCode: n.authorityCode as PendingProposalView['authorityCode'],
        authorityLabel: labels.find((l) => l.id === n.dossierId)?.authority_label ?? '',
        authorityUnitId: n.authorityUnitId,
        subjectKind: n.subjectKind,
        personId: n.personId,
        unitId: n.unitId,
        householdName: n.householdName,
        displayName: displayNameOf(n),
        awardKind: n.awardKind,
        awardKindName: kindName(n.awardKind),
        achievementYear: n.achievementYear,
        origin: {
          dossierId: origin?.dossier_id ?? n.dossierId,
          dossierCode: origin?.code ?? n.dossierCode,
          proposingUnitName: origin?.unit_name ?? n.proposingUnitName,
        },
      };
    }),
  };
}

/** POST /api/decisions/external: records a decision issued elsewhere, with its awardees of ours. */
export async function recordExternal(
  tx: Db,
  actor: Actor,
  input: unknown,
  options: { now?: Date } = {},
): Promise<DecisionView> {
  const body = parseInput(ExternalCreateBody, input);
  const regimeId = regimeIdAt(body.decisionDate);
  if (body.decisionDate > todayInVietnam())
    invalidField('decisionDate', 'Ngày quyết định không được ở tương lai');
  const recordedPath = (await unitPaths(tx, [body.recordedAtUnitId])).get(body.recordedAtUnitId);
  if (!recordedPath || !actor.roles.some((r) => recordedPath.startsWith(r.unitPath))) {
    invalidField('recordedAtUnitId', 'Không tìm thấy đơn vị ghi nhận');
  }
  authorize(canRecordFor(actor, recordedPath), RECORD_REFUSED);
  if (body.authorityUnitId && !(await unitPaths(tx, [body.authorityUnitId])).has(body.authorityUnitId)) {
    invalidField('authorityUnitId', 'Không tìm thấy đơn vị của cơ quan ban hành');
  }

  // Each awardee: a subject of ours (in the recorder's scope), optionally the pending proposal it answers.
  const nomineeIds = body.awardees.flatMap((a) => (a.nomineeId ? [a.nomineeId] : []));
  if (new Set(nomineeIds).size !== nomineeIds.length) {
    invalidField('awardees', 'Một đề nghị chỉ được gắn với một người, một tập thể trong quyết định');
  }
  const pending = nomineeIds.length
    ? await selectNominees(
        tx,
        sql`n.id in (${sql.join(
          nomineeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) and ${PENDING}`,
      )
    : [];
  const subjects = body.awardees.map((a, i) => {
    const field = `awardees.${i}`;
    if (a.subjectKind === 'collective' ? !a.unitId || a.personId : !a.personId || a.unitId) {
      invalidField(`${field}.subjectKind`, 'Chọn đúng cá nhân (hoặc chủ hộ) hoặc tập thể được khen thưởng');
    }
    if ((a.subjectKind === 'household') !== Boolean(a.householdName)) {
      invalidField(
        `${field}.householdName`,
        'Khen thưởng hộ gia đình cần tên hộ; cá nhân, tập thể thì không',
      );
    }
    if (a.nomineeId) {
      const n = pending.find((p) => p.id === a.nomineeId);
      if (!n) invalidField(`${field}.nomineeId`, 'Đề nghị này không còn chờ quyết định của cấp trên');
      if (n.subjectKind !== a.subjectKind || (n.personId ?? n.unitId) !== (a.personId ?? a.unitId)) {
        invalidField(
          `${field}.nomineeId`,
          `Đề nghị đã chọn là của ${displayNameOf(n)}, không phải đối tượng này`,
        );
      }
    }
    return {
      key: String(i),
      subjectKind: a.subjectKind,
      personId: a.personId ?? null,
      unitId: a.unitId ?? null,
      householdName: a.householdName ?? null,
      fallbackUnitId: a.unitAtAwardId ?? null,
    };
  });
  const printed = await printedSubjects(tx, subjects, body.decisionDate);
  const paths = await unitPaths(
    tx,
    [...printed.values()].map((p) => p.unitAtAwardId).filter((x) => x !== ''),
  );
  body.awardees.forEach((a, i) => {
    const p = printed.get(String(i))!;
    const unitId = a.unitAtAwardId ?? p.unitAtAwardId;
    const path = unitId ? paths.get(unitId) : undefined;
    if (!p.displayName || !path || !actor.roles.some((r) => path.startsWith(r.unitPath))) {
      invalidField(`awardees.${i}`, 'Không tìm thấy cá nhân, tập thể này trong phạm vi quản lý');
    }
    authorize(canRecordFor(actor, path), RECORD_REFUSED);
  });
  const held = await heldTitles(
    tx,
    body.awardees.map((a, i) => ({
      key: String(i),
      subjectKind: a.subjectKind as SubjectKind,
      personId: a.personId ?? null,
      unitId: a.unitId ?? null,
      awardKind: a.awardKind as AwardKindCode,
      achievementYear: a.achievementYear,
      displayName: printed.get(String(i))!.displayName,
    })),
  );
  const [firstHeld] = [...held.entries()];
  if (firstHeld) invalidField(`awardees.${firstHeld[0]}.awardKind`, firstHeld[1]);

  // Money by the law on the decision date; a kind without money then is recorded at 0 with the reason.
  const money = decisionMoney(
    body.awardees.map((a, i) => ({
      key: String(i),
      subjectKey: `${a.subjectKind}:${a.personId ?? a.unitId}`,
      subjectKind: a.subjectKind,
      awardKind: a.awardKind,
      achievementYear: a.achievementYear,
    })),
    body.decisionDate,
  );
  const moneyOf = (i: number) => {
    const item = money.items.find((m) => m.key === String(i));
    return item
      ? { coefficient: item.coefficient, basePay: item.basePay, amount: item.amount, moneyNote: item.note }
      : { coefficient: 0, basePay: 0, amount: 0, moneyNote: money.errors[String(i)] ?? null };
  };

  const dossierIds = await lockDossiersOfNominees(tx, nomineeIds);
  const [decision] = await tx
    .insert(decisions)
    .values({
      kind: 'award',
      origin: 'external',
      status: 'issued',
      number: body.number,
      decisionDate: body.decisionDate,
      regimeId,
      authorityCode: body.authorityCode,
      authorityLabel: body.authorityLabel,
      authorityUnitId: body.authorityUnitId ?? null,
      title: body.title,
      awardType: body.awardType,
      signerName: body.signerName,
      signerPosition: body.signerPosition,
      note: body.note,
      recordedAtUnitId: body.recordedAtUnitId,
      totalAmount: money.total,
      issuedAt: sql`transaction_timestamp()`,
      issuedBy: actor.userId,
      issuedByName: actor.fullName,
      createdBy: actor.userId,
    })
    .returning();
  const id = decision!.id;
  await tx.insert(decisionAwardees).values(
    body.awardees.map((a, i) => {
      const p = printed.get(String(i))!;
      return {
        decisionId: id,
        position: i + 1,
        subjectKind: a.subjectKind,
        personId: a.personId ?? null,
        unitId: a.unitId ?? null,
        householdName: a.householdName ?? null,
        displayName: p.displayName,
        positionTitle: a.positionTitle ?? p.positionTitle,
        unitName: p.unitName,
        unitAtAwardId: a.unitAtAwardId ?? p.unitAtAwardId,
        awardKind: a.awardKind,
        achievementYear: a.achievementYear,
        nomineeId: a.nomineeId ?? null,
        ...moneyOf(i),
      };
    }),
  );
  const rows = await tx.select().from(decisionAwardees).where(eq(decisionAwardees.decisionId, id));
  const written: (typeof awards.$inferSelect)[] = [];
  for (const a of rows.sort((x, y) => x.position - y.position)) {
    const [award] = await tx
      .insert(awards)
      .values({
        subjectKind: a.subjectKind,
        personId: a.personId,
        unitId: a.unitId,
        householdName: a.householdName,
        awardKind: a.awardKind,
        awardType: body.awardType,
        achievementYear: a.achievementYear,
        decisionNumber: body.number,
        decisionDate: body.decisionDate,
        authority: body.authorityLabel,
        authorityUnitId: body.authorityUnitId ?? null,
        unitAtAwardId: a.unitAtAwardId,
        amount: money.errors[String(a.position - 1)] ? null : a.amount,
        source: 'external',
        decisionId: id,
      })
      .returning();
    await tx.update(decisionAwardees).set({ awardId: award!.id }).where(eq(decisionAwardees.id, a.id));
    written.push(award!);
  }
  await linkNominees(tx, id, nomineeIds);
  await appendAudit(tx, actor, {
    action: 'decision.recorded',
    entity: 'decision',
    entityId: id,
    unitId: body.recordedAtUnitId,
    after: {
      number: body.number,
      decisionDate: body.decisionDate,
      authority: body.authorityLabel,
      title: body.title,
      totalAmount: money.total,
      awardIds: written.map((w) => w.id),
      nomineeIds,
    },
  });
  for (const w of written) {
    const { createdAt: _c, updatedAt: _u, ...after } = w;
    await appendAudit(tx, actor, {
      action: 'award.granted',
      entity: 'award',
      entityId: w.id,
      unitId: w.unitAtAwardId,
      after,
    });
  }
  await closeDecidedDossiers(
    tx,
    actor,
    dossierIds,
    `Quyết định số ${body.number} ngày ${viDate(body.decisionDate)} của ${body.authorityLabel}`,
    options.now,
  );
  return decisionView(tx, actor, await requireDecision(tx, actor, id));
}
