// Factories: each creates the parents it needs, so every test owns a fresh unit tree.
import { randomBytes, randomUUID } from 'node:crypto';
import type { CadreClass, Gender, Role, UnitKind, AdminLevel } from '../../contracts/enums';
import { foldVietnamese, personNameSortKey, vietnameseSortKey } from '../../domain/text';
import type { Db } from '../db/client';
import { employments, people, units, userRoles, users } from '../db/schema/index';
import { hashPassword } from '../lib/passwords';

const suffix = () => randomBytes(4).toString('hex');

export interface UnitRow {
  id: string;
  path: string;
  name: string;
}

/** Inserts a unit under a parent (or as a root). */
export async function createUnit(
  db: Db,
  input: {
    parent?: UnitRow | null;
    name?: string;
    kind?: UnitKind;
    level?: AdminLevel;
    validFrom?: string;
    validTo?: string | null;
    code?: string | null;
  } = {},
): Promise<UnitRow> {
  const name = input.name ?? `Đơn vị ${suffix()}`;
  const id = randomUUID();
  const path = `${input.parent?.path ?? '/'}${id}/`;
  await db.insert(units).values({
    id,
    parentId: input.parent?.id ?? null,
    path,
    code: input.code ?? null,
    name,
    nameFolded: foldVietnamese(name),
    nameSort: vietnameseSortKey(name),
    kind: input.kind ?? (input.parent ? 'commune' : 'province'),
    level: input.level ?? (input.parent ? 'commune' : 'province'),
    validFrom: input.validFrom ?? '2000-01-01',
    validTo: input.validTo ?? null,
  });
  return { id, path, name };
}

/** A province with two communes: the usual tree for scope tests. */
export async function createProvinceWithCommunes(db: Db) {
  const province = await createUnit(db, { name: `Tỉnh ${suffix()}`, kind: 'province', level: 'province' });
  const communeA = await createUnit(db, { parent: province, name: `Xã A ${suffix()}` });
  const communeB = await createUnit(db, { parent: province, name: `Xã B ${suffix()}` });
  return { province, communeA, communeB };
}

/** Inserts a user with roles; returns the username and password to sign in with. */
export async function createUser(
  db: Db,
  input: {
    roles: { role: Role; unit: UnitRow }[];
    username?: string;
    password?: string;
    fullName?: string;
    active?: boolean;
  },
): Promise<{ id: string; username: string; password: string }> {
  const username = input.username ?? `u${suffix()}`;
  const password = input.password ?? 'mat-khau-1';
  const [row] = await db
    .insert(users)
    .values({
      username,
      passwordHash: await hashPassword(password),
      fullName: input.fullName ?? `Người dùng ${username}`,
      active: input.active ?? true,
    })
    .returning({ id: users.id });
  if (input.roles.length > 0) {
    await db
      .insert(userRoles)
      .values(input.roles.map((r) => ({ userId: row!.id, role: r.role, unitId: r.unit.id })));
  }
  return { id: row!.id, username, password };
}

/** Inserts a person employed at a unit. */
export async function createPerson(
  db: Db,
  input: {
    unit: UnitRow;
    fullName?: string;
    gender?: Gender;
    birthDate?: string | null;
    cccd?: string | null;
    cadreClass?: CadreClass;
  },
): Promise<{ id: string; fullName: string }> {
  const fullName = input.fullName ?? `Nguyễn Văn ${suffix()}`;
  const [row] = await db
    .insert(people)
    .values({
      fullName,
      fullNameFolded: foldVietnamese(fullName),
      nameSort: personNameSortKey(fullName),
      gender: input.gender ?? 'male',
      birthDate: input.birthDate ?? null,
      cccd: input.cccd ?? null,
    })
    .returning({ id: people.id });
  await db.insert(employments).values({
    personId: row!.id,
    unitId: input.unit.id,
    cadreClass: input.cadreClass ?? 'cong_chuc',
    fromDate: '2020-01-01',
  });
  return { id: row!.id, fullName };
}
