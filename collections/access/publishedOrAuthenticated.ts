import type { Access } from 'payload'

/** Logged-in staff read everything; the public only what has been published. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
