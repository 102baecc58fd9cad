// Lineage events — merge, split, rename, move — each applied with its effect and audited in one transaction,
// so that a reorganisation such as the one of 1 July 2025 is recorded as data.
import { eq } from 'drizzle-orm';
import {
  type MergeEventInput,
  type MoveEventInput,
  type RecordedUnitEvent,
  type RenameEventInput,
  type SplitEventInput,
  UnitEventBody,
  type UnitEventListQuery,
  type UnitEventPage,
} from '../../../contracts/units';
import { dayBefore, isWithin } from '../../../domain/units';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { invalidField } from '../../lib/errors';
import {
  loadAdministered,
  moveUnitUnder,
  parseOrInvalid,
  requireOutside,
  requireValidOn,
  saveEvent,
} from './unit-events.helpers';
import { canCreateRoot, unitsVisibleTo } from './units.policy';
import { auditUnit, presentEvent, viDate } from './units.present';
import {
  findUnitsByIds,
  nameColumns,
  selectEventPage,
  selectEventParticipants,
  selectOpenChildren,
  selectRenameHistory,
  type UnitRow,
  updateUnitRow,
} from './units.queries';
import { closeRow, insertUnitUnder, loadUnit } from './units.service';

/** Records a lineage event and applies it (scripts may pass unparsed input: it is validated here too). */
export async function recordUnitEvent(db: Db, actor: Actor, body: UnitEventBody): Promise<RecordedUnitEvent> {
  const input = parseOrInvalid(UnitEventBody, body);
  switch (input.kind) {
    case 'merge':
      return recordMerge(db, actor, input);
    case 'split':
      return recordSplit(db, actor, input);
    case 'rename':
      return recordRename(db, actor, input);
    case 'move':
      return recordMove(db, actor, input);
  }
}

const withDocument = (text: string, documentRef: string | null) =>
  documentRef ? `${text} (${documentRef})` : text;

/** Merge: sources close the day before; their open children move under the absorbing or new target. */
async function recordMerge(db: Db, actor: Actor, input: MergeEventInput): Promise<RecordedUnitEvent> {
  const closeOn = dayBefore(input.effectiveOn);
  const loaded = await loadAdministered(db, actor, [
    ...input.sourceIds.map((id) => ({ id, field: 'sourceIds' })),
    ...(input.targetId ? [{ id: input.targetId, field: 'targetId' }] : []),
    ...(input.newUnit ? [{ id: input.newUnit.parentId, field: 'newUnit.parentId' }] : []),
  ]);
  const sources = input.sourceIds.map((id) => loaded.get(id)!);
  for (const source of sources) {
    requireValidOn(source, closeOn, 'sourceIds');
    requireOutside(
      source,
      sources.filter((s) => s !== source),
      'sourceIds',
      'Các đơn vị bị sáp nhập không được là cấp trên, cấp dưới của nhau',
    );
  }
  const insideSources = 'Đơn vị tiếp nhận không được nằm trong đơn vị bị sáp nhập';
  let target: UnitRow;
  const createdUnitIds: string[] = [];
  if (input.targetId) {
    target = loaded.get(input.targetId)!;
    requireValidOn(target, input.effectiveOn, 'targetId');
    requireOutside(target, sources, 'targetId', insideSources);
  } else {
    const parent = loaded.get(input.newUnit!.parentId)!;
    requireValidOn(parent, input.effectiveOn, 'newUnit.parentId');
    requireOutside(parent, sources, 'newUnit.parentId', insideSources);
    target = await insertUnitUnder(db, actor, parent, { ...input.newUnit!, validFrom: input.effectiveOn });
    createdUnitIds.push(target.id);
  }
  const movedChildren: { id: string; name: string; fromParentId: string }[] = [];
  for (const source of sources) {
    await closeRow(
      db,
      actor,
      source,
      closeOn,
      withDocument(`Sáp nhập vào "${target.name}"`, input.documentRef),
    );
    if (!input.moveChildren) continue;
    for (const child of await selectOpenChildren(db, source.id, input.effectiveOn)) {
      await moveUnitUnder(db, actor, child, target);
      movedChildren.push({ id: child.id, name: child.name, fromParentId: source.id });
    }
  }
  return saveEvent(db, actor, {
    ...input,
    details: {
      sources: sources.map((s) => ({ id: s.id, name: s.name })),
      target: { id: target.id, name: target.name },
      targetCreated: createdUnitIds.length > 0,
      movedChildren,
    },
    sources,
    targets: [target],
    mainUnitId: target.id,
    createdUnitIds,
  });
}

/** Split: the source closes the day before; its open children go to the targets named for them. */
async function recordSplit(db: Db, actor: Actor, input: SplitEventInput): Promise<RecordedUnitEvent> {
  const closeOn = dayBefore(input.effectiveOn);
  const [sourceRow] = await loadAdministered(db, actor, [{ id: input.sourceId, field: 'sourceId' }]).then(
    (m) => [...m.values()],
  );
  const source = sourceRow!;
  requireValidOn(source, closeOn, 'sourceId');
  const parentIds = input.newUnits.map((u, i) => ({
    id: u.parentId ?? source.parentId,
    field: `newUnits.${i}.parentId`,
  }));
  const loaded = await loadAdministered(db, actor, [
    ...input.targetIds.map((id) => ({ id, field: 'targetIds' })),
    ...parentIds.filter((p): p is { id: string; field: string } => p.id !== null),
  ]);
  const inside = 'Đơn vị kế thừa không được nằm trong đơn vị bị chia tách';
  const existing = input.targetIds.map((id) => loaded.get(id)!);
  for (const t of existing) {
    requireValidOn(t, input.effectiveOn, 'targetIds');
    requireOutside(t, [source], 'targetIds', inside);
  }
  const parents = parentIds.map(({ id, field }) => {
    if (id === null) {
      if (!canCreateRoot(actor)) invalidField(field, 'Cần chọn đơn vị cấp trên');
      return null;
    }
    const parent = loaded.get(id)!;
    requireValidOn(parent, input.effectiveOn, field);
    requireOutside(parent, [source], field, inside);
    return parent;
  });
  const children = await selectOpenChildren(db, source.id, input.effectiveOn);
  const childIds = new Set(children.map((c) => c.id));
  for (const childId of Object.keys(input.childAssignments)) {
    if (!childIds.has(childId)) {
      invalidField(
        `childAssignments.${childId}`,
        'Không phải đơn vị trực thuộc đang hoạt động của đơn vị bị chia tách',
      );
    }
  }
  const unassigned = children.filter((c) => input.childAssignments[c.id] === undefined);
  if (unassigned.length > 0) {
    invalidField(
      'childAssignments',
      `Cần chỉ định đơn vị tiếp nhận cho các đơn vị trực thuộc: ${unassigned.map((c) => c.name).join(', ')}`,
    );
  }
  const created: UnitRow[] = [];
  for (const [i, fields] of input.newUnits.entries()) {
    created.push(await insertUnitUnder(db, actor, parents[i]!, { ...fields, validFrom: input.effectiveOn }));
  }
  const targets = [...created, ...existing];
  await closeRow(
    db,
    actor,
    source,
    closeOn,
    withDocument(`Chia tách thành ${targets.map((t) => `"${t.name}"`).join(', ')}`, input.documentRef),
  );
  const movedChildren: { id: string; name: string; fromParentId: string; toUnitId: string }[] = [];
  for (const child of children) {
    const assigned = input.childAssignments[child.id]!;
    const to = typeof assigned === 'number' ? created[assigned]! : loaded.get(assigned)!;
    await moveUnitUnder(db, actor, child, to);
    movedChildren.push({ id: child.id, name: child.name, fromParentId: source.id, toUnitId: to.id });
  }
  return saveEvent(db, actor, {
    ...input,
    details: {
      source: { id: source.id, name: source.name },
      targets: targets.map((t) => ({ id: t.id, name: t.name })),
      movedChildren,
    },
    sources: [source],
    targets,
    mainUnitId: source.id,
    createdUnitIds: created.map((c) => c.id),
  });
}

/** Rename: the same unit keeps its identity; the event keeps both names so the name at a date is known. */
async function recordRename(db: Db, actor: Actor, input: RenameEventInput): Promise<RecordedUnitEvent> {
  const unit = (await loadAdministered(db, actor, [{ id: input.unitId, field: 'unitId' }])).get(
    input.unitId,
  )!;
  requireValidOn(unit, input.effectiveOn, 'unitId');
  const latest = (await selectRenameHistory(db, unit.id))
    .map((r) => r.effectiveOn)
    .sort()
    .pop();
  if (latest && latest >= input.effectiveOn) {
    invalidField(
      'effectiveOn',
      `Đơn vị đã có lần đổi tên có hiệu lực ngày ${viDate(latest)}; chỉ ghi nhận được lần đổi tên sau ngày đó`,
    );
  }
  const newShortName = input.newShortName === undefined ? unit.shortName : input.newShortName;
  if (input.newName === unit.name && newShortName === unit.shortName) {
    invalidField('newName', 'Tên mới trùng với tên hiện tại');
  }
  const renamed = (await updateUnitRow(db, unit.id, {
    ...nameColumns(input.newName),
    shortName: newShortName,
  }))!;
  await appendAudit(db, actor, {
    action: 'unit.renamed',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: auditUnit(unit),
    after: auditUnit(renamed),
  });
  return saveEvent(db, actor, {
    ...input,
    details: {
      oldName: unit.name,
      newName: renamed.name,
      oldShortName: unit.shortName,
      newShortName: renamed.shortName,
    },
    sources: [unit],
    targets: [renamed],
    mainUnitId: unit.id,
    createdUnitIds: [],
  });
}

/** Move: the unit and its whole subtree go under a new parent (paths rewritten in one UPDATE). */
async function recordMove(db: Db, actor: Actor, input: MoveEventInput): Promise<RecordedUnitEvent> {
  const loaded = await loadAdministered(db, actor, [
    { id: input.unitId, field: 'unitId' },
    { id: input.newParentId, field: 'newParentId' },
  ]);
  const unit = loaded.get(input.unitId)!;
  const newParent = loaded.get(input.newParentId)!;
  if (isWithin(newParent.path, unit.path)) {
    invalidField('newParentId', 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị trực thuộc của nó');
  }
  if (unit.parentId === newParent.id) invalidField('newParentId', `Đơn vị đã trực thuộc "${newParent.name}"`);
  requireValidOn(unit, input.effectiveOn, 'unitId');
  requireValidOn(newParent, input.effectiveOn, 'newParentId');
  const [oldParent] = unit.parentId ? await findUnitsByIds(db, [unit.parentId]) : [];
  const moved = await moveUnitUnder(db, actor, unit, newParent);
  return saveEvent(db, actor, {
    ...input,
    details: {
      unitId: unit.id,
      oldParentId: unit.parentId,
      oldParentName: oldParent?.name ?? null,
      newParentId: newParent.id,
      newParentName: newParent.name,
    },
    sources: [unit],
    targets: [moved],
    mainUnitId: unit.id,
    createdUnitIds: [],
  });
}

/** Events touching a unit in the actor's scope (or one given unit), newest first. */
export async function listUnitEvents(
  db: Db,
  actor: Actor,
  query: UnitEventListQuery,
): Promise<UnitEventPage> {
  if (query.unitId) await loadUnit(db, actor, query.unitId);
  const condition = query.unitId ? eq(units.id, query.unitId) : unitsVisibleTo(actor);
  const { rows, total } = await selectEventPage(db, condition, query);
  const participants = await selectEventParticipants(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentEvent(r, participants, actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
