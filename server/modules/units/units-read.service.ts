// Read use cases of the organisation tree: list, tree at a date, detail with lineage, name at a date.
import type { AdminLevel, UnitKind } from '../../../contracts/enums';
import type {
  NameAtView,
  UnitDetail,
  UnitListQuery,
  UnitPage,
  UnitTree,
  UnitTreeNode,
  UnitTreeQuery,
} from '../../../contracts/units';
import {
  isValidAt,
  nameAt,
  nestUnits,
  parentChangesOf,
  parentsAt,
  pathIds,
  todayInVietnam as today,
  type TreeNode,
} from '../../../domain/units';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { canRead, isAboveScope } from './units.policy';
import { presentEvent, presentUnit } from './units.present';
import {
  countValidChildren,
  findUnitsByIds,
  selectEventParticipants,
  selectEventsOfUnit,
  selectParentChangingEventsAfter,
  selectRenameHistory,
  selectScopeSubtrees,
  selectUnitPage,
  type UnitRow,
  unitReferences,
} from './units.queries';
import { loadUnit } from './units.service';

/** A page of units in the actor's scope (by default those open today), in Vietnamese name order. */
export async function listUnits(db: Db, actor: Actor, query: UnitListQuery): Promise<UnitPage> {
  if (query.parentId) {
    // Listing under a parent the actor cannot see is allowed only on the way down to their own units.
    const [parent] = await findUnitsByIds(db, [query.parentId]);
    if (!parent || !(canRead(actor, parent.path) || isAboveScope(actor, parent.path))) notFound('đơn vị');
  }
  const date = query.asOf ?? today();
  const { rows, total } = await selectUnitPage(db, actor, query, date);
  return {
    items: rows.map((r) => presentUnit(r, actor, { date, childCount: r.childCount })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The actor's subtrees as nested nodes, loaded in one query and nested in memory. */
export async function getUnitTree(db: Db, actor: Actor, query: UnitTreeQuery): Promise<UnitTree> {
  const date = query.asOf ?? today();
  const [rows, laterEvents] = await Promise.all([
    selectScopeSubtrees(db, actor, date, query.includeClosed),
    selectParentChangingEventsAfter(db, date),
  ]);
  // Paths are current; a unit moved after the date is shown under the parent it had then.
  const earlierParents = parentsAt(laterEvents.flatMap(parentChangesOf), date);
  const placed = rows.map((r) =>
    earlierParents.has(r.id) ? { ...r, parentId: earlierParents.get(r.id) ?? null } : r,
  );
  const toNode = (n: TreeNode<UnitRow>): UnitTreeNode => ({
    id: n.id,
    parentId: n.parentId,
    code: n.code,
    name: n.name,
    shortName: n.shortName,
    kind: n.kind as UnitKind,
    level: n.level as AdminLevel,
    validFrom: n.validFrom,
    validTo: n.validTo,
    isOpen: isValidAt(n, date),
    childCount: n.childCount,
    children: n.children.map(toNode),
  });
  return { asOf: date, roots: nestUnits(placed).map(toNode) };
}

/** One unit with its visible ancestors, its lineage events and what the actor may do with it. */
export async function getUnitDetail(db: Db, actor: Actor, id: string): Promise<UnitDetail> {
  const unit = await loadUnit(db, actor, id);
  const ancestorIds = pathIds(unit.path).slice(0, -1);
  const [ancestorRows, events, refs] = await Promise.all([
    findUnitsByIds(db, ancestorIds),
    selectEventsOfUnit(db, id),
    unitReferences(db, id),
  ]);
  const participants = await selectEventParticipants(
    db,
    events.map((e) => e.id),
  );
  const childCount = await countValidChildren(db, id, today());
  return {
    ...presentUnit(unit, actor, { date: today(), childCount, isReferenced: refs.any }),
    ancestors: ancestorRows
      .filter((a) => canRead(actor, a.path))
      .sort((a, b) => a.path.length - b.path.length)
      .map((a) => ({ id: a.id, name: a.name })),
    events: events.map((e) => presentEvent(e, participants, actor)),
    isReferenced: refs.any,
  };
}

/** The name the unit bore on a date, from its rename events. */
export async function unitNameAt(db: Db, actor: Actor, id: string, date: string): Promise<NameAtView> {
  const unit = await loadUnit(db, actor, id);
  const renames = await selectRenameHistory(db, id);
  const named = nameAt({ name: unit.name, shortName: unit.shortName }, renames, date);
  return { unitId: id, date, ...named, existed: isValidAt(unit, date) };
}
