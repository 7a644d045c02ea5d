/** Newsroom roles. Labels are what editors see; values are stored and used in access rules. */
export const ROLES = ['admin', 'chief', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_OPTIONS: { label: { vi: string; en: string }; value: Role }[] = [
  { label: { vi: 'Quản trị', en: 'Administrator' }, value: 'admin' },
  { label: { vi: 'Ban biên tập', en: 'Editor-in-chief' }, value: 'chief' },
  { label: { vi: 'Biên tập viên', en: 'Editor' }, value: 'editor' },
  { label: { vi: 'Cộng tác viên', en: 'Contributor' }, value: 'contributor' },
]

export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = (user as { role?: string } | null | undefined)?.role
  return typeof role === 'string' && (roles as string[]).includes(role)
}
