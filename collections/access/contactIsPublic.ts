import type { FieldAccess } from 'payload'

/**
 * A person's e-mail and phone: staff always; the public only where the person consented to a
 * public contact (`contactPublic`, derived from the consent record on save). Without a row to
 * look at (a query's `where` or `sort`), the public is refused: nobody can search by them.
 */
export const contactIsPublic: FieldAccess = ({ req: { user }, siblingData }) =>
  Boolean(user) || (siblingData as { contactPublic?: unknown } | undefined)?.contactPublic === true
