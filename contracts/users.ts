// User accounts and their role bindings (administration).
import { NewPassword } from './auth';
import { text } from './common';
import { ROLES } from './enums';
import { z } from './zod';

export const RoleInput = z.object({
  role: z.enum(ROLES),
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }),
});

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  active: z.boolean(),
  personId: z.string().nullable(),
  roles: z.array(z.object({ role: z.enum(ROLES), unitId: z.string(), unitName: z.string() })),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), resetPassword: z.boolean() }),
});
export type UserView = z.infer<typeof UserView>;

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{3,50}$/,
    'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới',
  );

export const CreateUserBody = z.object({
  username: Username,
  fullName: text({ min: 2, max: 200 }),
  password: NewPassword,
  personId: z.uuid({ error: 'Cá nhân không hợp lệ' }).nullable().optional(),
  roles: z.array(RoleInput).min(1, 'Cần gán ít nhất một vai trò').max(20),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  fullName: text({ min: 2, max: 200 }).optional(),
  active: z.boolean().optional(),
  roles: z.array(RoleInput).min(1, 'Cần gán ít nhất một vai trò').max(20).optional(),
  version: z.number().int().min(1),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ newPassword: NewPassword });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;
