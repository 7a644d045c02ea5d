import type { FieldAccess } from 'payload'

import { handlesPublicInput } from '../lib/permissions'

/** The sender's personal data (name, e-mail) and staff notes: never public, not to contributors. */
export const handlesPublicInputField: FieldAccess = ({ req: { user } }) => handlesPublicInput(user)
