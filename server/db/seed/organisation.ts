// Minimal organisation: the province and the administrator account (the full demo organisation builds on it).
import { randomUUID } from 'node:crypto';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import { hashPassword } from '../../lib/passwords';
import type { Db } from '../client';
import { units, userRoles, users } from '../schema/index';
import type { SeedOptions } from './demo';

export async function seedOrganisation(db: Db, options: SeedOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const name = 'Tỉnh Hà Tĩnh';
    const provinceId = randomUUID();
    await tx
      .insert(units)
      .values({
        id: provinceId,
        path: `/${provinceId}/`,
        code: '42',
        name,
        nameFolded: foldVietnamese(name),
        nameSort: vietnameseSortKey(name),
        shortName: 'Hà Tĩnh',
        kind: 'province',
        level: 'province',
        validFrom: '1991-10-01',
      });
    const [admin] = await tx
      .insert(users)
      .values({ username: 'admin', passwordHash: await hashPassword('demo'), fullName: 'Quản trị hệ thống' })
      .returning({ id: users.id });
    await tx.insert(userRoles).values({ userId: admin!.id, role: 'admin', unitId: provinceId });
  });
  options.log('Đã nạp dữ liệu mẫu: tỉnh Hà Tĩnh, tài khoản admin/demo.');
}
