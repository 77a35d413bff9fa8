/** Schemas of principals and accounts, shared by the admin routes and the caller's own. */
import { Type } from '@sinclair/typebox';
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_PATTERN } from '../../auth/passwords.ts';
import { named, RoleSchema } from '../schemas.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const UsernameSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: USERNAME_PATTERN,
  description: 'Letters (any script), digits and . _ @ -; case does not matter when signing in',
});

export const PasswordSchema = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });

const principalFields = {
  id: Type.String(),
  name: Type.String(),
  roles: Type.Array(RoleSchema),
  memberId: Type.Union([Type.String(), Type.Null()], { description: 'The member the principal is, if any' }),
  branchId: Type.Union([Type.String(), Type.Null()], { description: 'The branch a branch_chair speaks for' }),
  hostUnit: Type.Union([Type.String(), Type.Null()], { description: 'The government body a host_unit principal speaks for' }),
};

/** Who a principal is and what it may do (the caller's own, GET /me, adds how it signed in). */
export const PrincipalSchema = Type.Object(principalFields);

/** A principal as the admin manages it, named `Principal`: who, and its credentials' state (never the credentials). */
export const PrincipalRecordSchema = named('Principal', Type.Composite([
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
]));
