import type { FieldAccess } from 'payload'

/** Newsroom-internal fields (workflow state, who wrote or published): hidden from the public API. */
export const isStaffField: FieldAccess = ({ req: { user } }) => Boolean(user)
