import type { Payload } from 'payload'

/** Authors' names for bylines. Accounts are private; only the display name is read. */
export async function loadAuthorNames(
  payload: Payload,
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    pagination: false,
    // Bylines are public by nature; users are otherwise readable only by staff.
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(users.docs.map((user) => [user.id, user.name]))
}
