import type { CollectionBeforeValidateHook } from 'payload'

import { normalizeToNFC } from '../lib/normalize'

/** Stores all text in NFC so search, uniqueness checks and share cards see one spelling. */
export const normalizeText: CollectionBeforeValidateHook = ({ data }) =>
  data ? normalizeToNFC(data) : data
