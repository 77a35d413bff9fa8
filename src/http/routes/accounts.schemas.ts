/** Schemas of principals and accounts, shared by the admin routes and the caller's own. */
import { Type } from '@sinclair/typebox';
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_PATTERN } from '../../auth/passwords.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const UsernameSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: USERNAME_PATTERN,
  description: 'Letters (any script), digits and . _ @ -; case does not matter when signing in',
});

export const PasswordSchema = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });

export const PrincipalSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  memberId: NullableString,
  branchId: NullableString,
  hostUnit: NullableString,
});

export const PrincipalRecordSchema = Type.Composite([
  PrincipalSchema,
  Type.Object({
    email: NullableString,
    locale: Type.Union([Type.Literal('zh-CN'), Type.Literal('en'), Type.Null()], { description: 'The language of the notices (Chinese when null)' }),
    username: NullableString,
    hasPassword: Type.Boolean(),
    hasToken: Type.Boolean(),
    expiresAt: NullableString,
    createdAt: Type.String(),
    revokedAt: NullableString,
  }),
]);
