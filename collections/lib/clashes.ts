import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * How a refusal names the item that already has a unique value: found as the system (the value
 * is taken whoever may see it), but its title is given only to someone allowed to read that
 * item — another outlet's draft stays unseen.
 *
 * @example
 * `Đã có văn bản số 281/KH-UBND${await titleIfReadable(req, 'policy-notices', clash.id, clash.title)}.`
 * // 'Đã có văn bản số 281/KH-UBND ("Kế hoạch …").' or 'Đã có văn bản số 281/KH-UBND.'
 */
export async function titleIfReadable(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  title: unknown,
): Promise<string> {
  const readable =
    !req.user ||
    (
      await req.payload.count({
        collection,
        where: { id: { equals: id } },
        overrideAccess: false,
        req,
      })
    ).totalDocs > 0
  return readable && typeof title === 'string' ? ` ("${title}")` : ''
}
