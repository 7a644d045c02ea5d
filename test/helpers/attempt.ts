import type { CollectionSlug, Payload } from 'payload'

import type { User } from '@collections/payload-types'

/** What an action taken as a person came to: done (with its result), or refused and why. */
export type Outcome<T = any> =
  { ok: true; doc: T } | { ok: false; status?: number; message: string }

/**
 * Runs a Local API call and reports how it ended instead of throwing: the status and every
 * message Payload gave (its validation errors included), for tables of who may do what.
 *
 * @example
 * const result = await attempt(() => payload.delete({ collection, id, ...asUser(null) }))
 * expect(result.ok).toBe(false)
 */
export async function attempt<T>(fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, doc: await fn() }
  } catch (error) {
    const e = error as {
      status?: number
      message: string
      data?: { errors?: { message: string }[] }
    }
    const detail = e.data?.errors?.map((x) => x.message).join(' ') ?? ''
    return { ok: false, status: e.status, message: `${e.message} ${detail}` }
  }
}

/** The Local API as a person (null: anonymous): their access, their role, nothing overridden. */
export const asUser = (user: User | null) => ({ overrideAccess: false as const, user })

/** Publishes a saved draft as `user`: its outcome (refused, the draft stays a draft). */
export const tryPublish = (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  user: User | null,
) =>
  attempt(() =>
    payload.update({ collection, id, data: { _status: 'published' } as never, ...asUser(user) }),
  )
