// Sign-in, the current user and password change.
import { ROLES } from './enums';
import { isCommonPassword } from './common-passwords';
import { z } from './zod';

export const LoginBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Nhập tên đăng nhập')
    .max(50)
    // PostgreSQL text cannot hold NUL: without this a sign-in with one answered 500 (found by server/test/fuzz-routes-*.test.ts).
    .regex(/^[^\u0000-\u001F\u007F]*$/, 'Không được chứa ký tự điều khiển'),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const RoleBindingView = z.object({
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
});

export const MeView = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    roles: z.array(RoleBindingView),
  }),
  csrfToken: z.string(),
  /** Menu entries the user may open, by module key. */
  modules: z.array(z.string()),
});
export type MeView = z.infer<typeof MeView>;

/** Password policy: at least 8 characters with a letter and a digit, not a common one, not the username. */
export const NewPassword = z
  .string()
  .min(8, 'Mật khẩu phải có ít nhất 8 ký tự')
  .max(200, 'Mật khẩu không được dài quá 200 ký tự')
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), { message: 'Mật khẩu phải có cả chữ và số' })
  .refine((v) => !isCommonPassword(v), {
    message: 'Mật khẩu này quá phổ biến, dễ bị dò ra; hãy chọn mật khẩu khác',
  });

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
