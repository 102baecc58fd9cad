// The decision side of the dossier workflow: once every nominee of a dossier that still awaits a decision here
// (passed, or — for a dossier sent to an authority outside the system — not refused, and not forwarded up) is
// answered by an issued or recorded decision, the dossier moves to 'decided' through the dossiers module.
import { inArray, sql } from 'drizzle-orm';
import { transitionErrors } from '../../../domain/workflow';
import type { Db } from '../../db/client';
import { dossiers } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { loadAncestries } from '../dossiers/dossiers.authority';
import { DOSSIER_FROM, loadNominees, selectRows } from '../dossiers/dossiers.queries';
import { dossierFacts } from '../dossiers/dossiers.service';
import { transitionDossier } from '../dossiers/dossiers.transitions';

/**
 * Locks the dossiers of these nominees, in id order (every issue locks them in the same order, so two issues
 * covering the last nominees of one dossier wait for each other and the second sees the first's result).
 */
export async function lockDossiersOfNominees(tx: Db, nomineeIds: readonly string[]): Promise<string[]> {
  if (nomineeIds.length === 0) return [];
  const rows = await tx.execute(
    sql`select ds.id from dossiers ds where ds.id in (
        select n.dossier_id from dossier_nominees n where n.id in (${sql.join(
          nomineeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))
      order by ds.id for update`,
  );
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/**
 * The actor as the workflow's 'system' side: 'decide' is the decisions module's own act, authorised by it (the
 * leader issued the decision; the recorder recorded a higher authority's act for awardees in their scope). The
 * dossier it closes may lie outside the actor's scope — a province's proposal to the Prime Minister recorded by
 * a district — so the dossier is loaded as the system would; entries stay in the actor's name.
 */
function systemSide(actor: Actor): Actor {
  return {
    ...actor,
    roles: [
      ...actor.roles,
      { role: 'admin', unitId: '', unitPath: '/', unitName: 'Phân hệ Quyết định khen thưởng' },
    ],
  };
}

/**
 * Moves each dossier whose awaiting nominees all have a decision to 'decided' (when the workflow allows it). The
 * dossiers (locked, in id order, as transitionDossier would lock each), their nominees and the proposers'
 * ancestries are read at once (a decision of 500 awardees may close dozens of dossiers), then each closing dossier
 * takes its transition with what was read.
 */
export async function closeDecidedDossiers(
  tx: Db,
  actor: Actor,
  dossierIds: readonly string[],
  comment: string,
  now?: Date,
): Promise<string[]> {
  const ids = [...new Set(dossierIds)].sort();
  if (ids.length === 0) return [];
  const rows = await selectRows(
    tx,
    sql`from ${DOSSIER_FROM} where d.id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) order by d.id for update of d`,
  );
  const nominees = await loadNominees(tx, ids);
  const ancestries = await loadAncestries(
    tx,
    rows.map((r) => r.proposingPath),
  );
  const decided: string[] = [];
  for (const row of rows) {
    if (row.status === 'decided') continue;
    const own = nominees.filter((n) => n.dossierId === row.id);
    const awaiting = own.filter(
      (n) =>
        n.outcome !== 'failed' &&
        n.forwardedToNomineeId === null &&
        (n.outcome === 'passed' || row.handlingUnitId === null),
    );
    if (awaiting.length === 0 || awaiting.some((n) => n.decisionId === null)) continue;
    const ancestry = ancestries.get(row.proposingPath)!;
    const facts = dossierFacts(row, own, ancestry);
    if (transitionErrors('decide', facts).length > 0) continue;
    await transitionDossier(
      tx,
      systemSide(actor),
      row.id,
      'decide',
      { comment },
      { now, loaded: { row, nominees: own, ancestry } },
    );
    decided.push(row.id);
  }
  return decided;
}

/** Ids of the dossiers of nominees. */
export async function dossierIdsOf(tx: Db, nomineeIds: readonly string[]): Promise<string[]> {
  if (nomineeIds.length === 0) return [];
  const rows = await tx
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      inArray(
        dossiers.id,
        sql`(select n.dossier_id from dossier_nominees n where n.id in (${sql.join(
          nomineeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`,
      ),
    );
  return rows.map((r) => r.id);
}
