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

type Id = number | string

/**
 * The id behind a relationship value, whether Payload gave the id itself or the populated
 * document; null when empty.
 *
 * @example
 * relationId({ id: 3, name: 'Báo Hải Phòng' }) // 3
 * relationId(3) // 3
 */
export function relationId(value: unknown): Id | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The outlet an account works for (null when none is assigned). */
export const outletOf = (user: unknown): Id | null =>
  relationId((user as { outlet?: unknown } | null | undefined)?.outlet)

/** Two ids from different sources (JWT, database, form) compared as the same record. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== null && right !== null && String(left) === String(right)
}
