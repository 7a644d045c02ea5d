import type { FieldAccess } from 'payload'

/**
 * A founder's name on a startup: staff always; the public only where the founder consented to
 * being named (`namePublic`, derived from the consent record on save). Without a row to look
 * at (a query's `where` or `sort`), the public is refused: nobody can search by a hidden name.
 */
export const nameIsPublic: FieldAccess = ({ req: { user }, siblingData }) =>
  Boolean(user) || (siblingData as { namePublic?: unknown } | undefined)?.namePublic === true
