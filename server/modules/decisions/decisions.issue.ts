// Issue (ban hành): the leader of the authority signs a draft. In one transaction: lock the draft → idempotent
// answer to a repeated click → authorise → checks → lock the dossiers concerned (id order) → take the number
// from the register's year (row lock; before any audit entry, so issues never wait on each other crosswise) →
// price the awardees on the date → write the awards into the history → freeze the decision → link the
// nominees → move fully decided dossiers to 'decided' → audit.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { IssueBody, type DecisionView } from '../../../contracts/decisions';
import { formatDecisionNumber, registerYear } from '../../../domain/decision-number';
import type { Db } from '../../db/client';
import { awards, decisionAwardees, decisions } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit, appendAuditEntries } from '../../lib/audit';
import { AppError, authorize } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { linkAwards, linkNominees, priceAwardees } from './decisions.awardees';
import { closeDecidedDossiers, lockDossiersOfNominees } from './decisions.dossiers';
import { canIssueAt, ISSUE_REFUSED } from './decisions.policy';
import { decisionView, requireDecision } from './decisions.service';
import { requireRegister, stale, takeNumber } from './decisions.registers';

/** POST /api/decisions/:id/issue {version}: numbers and issues a draft; a repeated request acts once. */
export async function issueDecision(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  options: { now?: Date } = {},
): Promise<DecisionView> {
  const body = parseInput(IssueBody, input);
  const current = await requireDecision(tx, actor, id, true);
  // Authorise first: the double-click replay below must not answer 200 to someone who may not issue.
  authorize(current.authorityPath !== null && canIssueAt(actor, current.authorityPath), ISSUE_REFUSED);
  if (current.status === 'issued') {
    // The same confirmation sent twice (a double click): the second finds the act issued from that version.
    if (current.kind === 'award' && current.origin === 'internal' && body.version + 1 === current.version) {
      return decisionView(tx, actor, current);
    }
    throw new AppError(
      'INVALID_STATE',
      `Quyết định đã được ban hành${current.number ? ` với số ${current.number}` : ''}`,
    );
  }
  if (current.version !== body.version) throw stale('Dự thảo quyết định');
  const draft = await decisionView(tx, actor, current);
  if (draft.blockers.length > 0) {
    throw new AppError('VALIDATION', `Chưa thể ban hành: ${draft.blockers.join('; ')}`, {
      issue: draft.blockers[0]!,
    });
  }
  const register = await requireRegister(tx, actor, current.registerId!, false);
  const nomineeIds = draft.awardees.flatMap((a) => (a.nomineeId ? [a.nomineeId] : []));
  const dossierIds = await lockDossiersOfNominees(tx, nomineeIds);

  const year = registerYear(current.decisionDate);
  const seq = await takeNumber(tx, register.id, year);
  const number = formatDecisionNumber(register.pattern, seq, year);

  const total = await priceAwardees(tx, id, current.decisionDate);
  const rows = await tx.select().from(decisionAwardees).where(eq(decisionAwardees.decisionId, id));
  // The award ids are chosen here so that the awardees are linked to their awards in one statement; the awards
  // go in as one INSERT … SELECT from a JSON array (drizzle spends hundreds of milliseconds of CPU building a
  // VALUES list of 500 rows) and are read back as the history rows they became.
  const planned = rows
    .sort((x, y) => x.position - y.position)
    .map((a, i) => ({
      awardeeId: a.id,
      award: {
        i,
        id: randomUUID(),
        subject_kind: a.subjectKind,
        person_id: a.personId,
        unit_id: a.unitId,
        household_name: a.householdName,
        award_kind: a.awardKind,
        achievement_year: a.achievementYear,
        unit_at_award_id: a.unitAtAwardId,
        amount: a.amount,
      },
    }));
  await tx.execute(
    sql`insert into awards (id, subject_kind, person_id, unit_id, household_name, award_kind, award_type,
        achievement_year, decision_number, decision_date, authority, authority_unit_id, unit_at_award_id, amount,
        source, decision_id)
      select x.id, x.subject_kind, x.person_id, x.unit_id, x.household_name, x.award_kind, ${current.awardType},
        x.achievement_year, ${number}, ${current.decisionDate}::date, ${current.authorityLabel},
        ${current.authorityUnitId}::uuid, x.unit_at_award_id, x.amount, 'decision', ${id}::uuid
      from jsonb_to_recordset(${JSON.stringify(planned.map((p) => p.award))}::jsonb) as x(i int, id uuid,
        subject_kind text, person_id uuid, unit_id uuid, household_name text, award_kind text,
        achievement_year smallint, unit_at_award_id uuid, amount integer)
      order by x.i`,
  );
  const byId = new Map(
    (await tx.select().from(awards).where(eq(awards.decisionId, id))).map((a) => [a.id, a] as const),
  );
  const written = planned.map((p) => byId.get(p.award.id)!);
  await linkAwards(
    tx,
    id,
    planned.map((p) => ({ awardeeId: p.awardeeId, awardId: p.award.id })),
  );
  const [issued] = await tx
    .update(decisions)
    .set({
      status: 'issued',
      numberYear: year,
      numberSeq: seq,
      number,
      totalAmount: total,
      issuedAt: sql`transaction_timestamp()`,
      issuedBy: actor.userId,
      issuedByName: actor.fullName,
      updatedAt: new Date(),
      version: sql`${decisions.version} + 1`,
    })
    .where(eq(decisions.id, id))
    .returning();
  await linkNominees(tx, id, nomineeIds);

  await appendAudit(tx, actor, {
    action: 'decision.issued',
    entity: 'decision',
    entityId: id,
    unitId: current.authorityUnitId,
    before: { status: 'draft', version: current.version },
    after: {
      status: 'issued',
      number,
      decisionDate: current.decisionDate,
      totalAmount: total,
      awardIds: written.map((w) => w.id),
      version: issued!.version,
    },
  });
  await appendAuditEntries(
    tx,
    actor,
    written.map(({ createdAt: _c, updatedAt: _u, ...after }) => ({
      action: 'award.granted',
      entity: 'award',
      entityId: after.id,
      unitId: after.unitAtAwardId,
      after,
    })),
  );
  await closeDecidedDossiers(
    tx,
    actor,
    dossierIds,
    `Quyết định số ${number} ngày ${viDay(current.decisionDate)}`,
    options.now,
  );
  return decisionView(tx, actor, await requireDecision(tx, actor, id));
}

const viDay = (iso: string) => iso.split('-').reverse().join('/');
