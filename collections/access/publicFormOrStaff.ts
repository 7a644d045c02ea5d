import type { Access } from 'payload'

import { handlesPublicInput } from '../lib/permissions'

/**
 * Create: staff who handle public input, or nobody signed in — the public form, which the hook
 * `acceptPublicSubmission` then holds to the form path (Local API as the public) and to the
 * form's fields only. A signed-in contributor is refused.
 */
export const publicFormOrStaff: Access = ({ req: { user } }) => !user || handlesPublicInput(user)
