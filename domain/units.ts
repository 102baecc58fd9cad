// Pure rules of the organisation tree: validity periods, materialised paths, tree nesting and names over time.

/** A unit's validity period; dates are 'YYYY-MM-DD' strings, validTo inclusive, null while open. */
export interface Validity {
  validFrom: string;
  validTo: string | null;
}

/** True when the unit exists on the given date (validFrom <= date <= validTo). */
export function isValidAt(unit: Validity, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}

/** Today's date in Vietnam (UTC+7, no daylight saving), as 'YYYY-MM-DD'. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The calendar day before a 'YYYY-MM-DD' date: a unit replaced on effectiveOn is closed on this day. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Materialised path of a unit with the given id under a parent path (null for a root). */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Ids along a path, root first, the unit itself last. */
export function pathIds(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** True when `path` lies strictly below `ancestorPath`. */
export function isStrictDescendant(path: string, ancestorPath: string): boolean {
  return path !== ancestorPath && path.startsWith(ancestorPath);
}

/** True when `path` is `ancestorPath` itself or lies below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The path a unit gets when the subtree rooted at oldPrefix moves to newPrefix. */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error(`path ${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

export interface TreeInput {
  id: string;
  parentId: string | null;
  nameSort: string;
}

export type TreeNode<T> = T & { childCount: number; children: TreeNode<T>[] };

/**
 * Nests a flat list of units into trees. A unit whose parent is not in the list is a root, so a subtree
 * loaded by path prefix (and possibly filtered by date) nests into the roots the reader may see.
 * Siblings are ordered by their Vietnamese sort key (compared bytewise).
 */
export function nestUnits<T extends TreeInput>(rows: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const row of rows) nodes.set(row.id, { ...row, childCount: 0, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const bySortKey = (a: TreeNode<T>, b: TreeNode<T>) =>
    a.nameSort < b.nameSort ? -1 : a.nameSort > b.nameSort ? 1 : a.id < b.id ? -1 : 1;
  for (const node of nodes.values()) {
    node.childCount = node.children.length;
    node.children.sort(bySortKey);
  }
  return roots.sort(bySortKey);
}

/** One recorded rename: what the unit was called before and after effectiveOn. */
export interface RenameRecord {
  effectiveOn: string;
  oldName: string;
  newName: string;
  oldShortName: string | null;
  newShortName: string | null;
}

/**
 * The name a unit bore on a date. The first rename that takes effect after the date tells the name then
 * (its oldName, which also reflects typo fixes made in between); with none, the current name holds.
 */
export function nameAt(
  current: { name: string; shortName: string | null },
  renames: readonly RenameRecord[],
  date: string,
): { name: string; shortName: string | null } {
  const later = renames
    .filter((r) => r.effectiveOn > date)
    .sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
  const next = later[0];
  return next ? { name: next.oldName, shortName: next.oldShortName } : current;
}

/** A change of parent recorded by a move, or by a merge or split that moved children. */
export interface ParentChange {
  unitId: string;
  effectiveOn: string;
  fromParentId: string | null;
}

/**
 * The parent each unit had on a date, for the units whose parent changed after it: the earliest change
 * that takes effect after the date tells where the unit was then. Units absent from the map keep their
 * current parent.
 */
export function parentsAt(changes: readonly ParentChange[], date: string): Map<string, string | null> {
  const earliest = new Map<string, ParentChange>();
  for (const change of changes) {
    if (change.effectiveOn <= date) continue;
    const seen = earliest.get(change.unitId);
    if (!seen || change.effectiveOn < seen.effectiveOn) earliest.set(change.unitId, change);
  }
  return new Map([...earliest].map(([id, c]) => [id, c.fromParentId]));
}

/** Reads the parent changes out of lineage event details (move, and children moved by merge or split). */
export function parentChangesOf(event: {
  kind: string;
  effectiveOn: string;
  details: unknown;
}): ParentChange[] {
  const details = (event.details ?? {}) as {
    unitId?: string;
    oldParentId?: string | null;
    movedChildren?: { id: string; fromParentId: string }[];
  };
  if (event.kind === 'move' && details.unitId) {
    return [
      { unitId: details.unitId, effectiveOn: event.effectiveOn, fromParentId: details.oldParentId ?? null },
    ];
  }
  return (details.movedChildren ?? []).map((c) => ({
    unitId: c.id,
    effectiveOn: event.effectiveOn,
    fromParentId: c.fromParentId,
  }));
}
