import { label } from './label'

/** Roles of the Department's CMS users, from most to least trusted. */
export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_OPTIONS = [
  { value: 'admin', label: label('Quản trị viên', 'Administrator') },
  { value: 'editor', label: label('Biên tập viên', 'Editor') },
  { value: 'author', label: label('Tác giả', 'Author') },
] satisfies { value: Role; label: unknown }[]

/** The user shape the access predicates need; kept minimal so they are easy to test. */
export type RoleHolder = { role?: Role | null } | null | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))
