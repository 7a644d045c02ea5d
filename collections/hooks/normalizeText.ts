import type { Field } from 'payload'

import { normalizeToNFC, removeInvisibleFromFields } from '../lib/normalize'

type TextHookArgs = {
  data?: object
  collection?: { fields: Field[] } | null
  global?: { fields: Field[] } | null
}

/**
 * Stores all text in NFC, and without invisible characters in what people type (text,
 * textarea, rich text), so search, uniqueness checks, share cards and every page see one
 * spelling and the order the reader sees. A `beforeValidate` hook of every collection and global
 * people write, so it runs on drafts, autosaves and published saves alike, and length limits
 * count the cleaned text.
 */
export const normalizeText = <T extends object>({
  data,
  collection,
  global,
}: TextHookArgs & { data?: T }): T | undefined =>
  data
    ? removeInvisibleFromFields(collection?.fields ?? global?.fields ?? [], normalizeToNFC(data))
    : data
