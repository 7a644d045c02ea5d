import type { Field } from 'payload'

import { removeInvisibleCharacters } from '@channels/text'

import { listFieldValues } from './fieldValues'
import { removeInvisibleFromRichText } from './richText'

/**
 * Returns a deep copy of `value` with every string in Unicode NFC.
 *
 * Vietnamese text pasted from macOS, PDFs or Word often arrives decomposed (NFD: "e" + U+0302 +
 * U+0301 instead of "ế"). Stored as is, it breaks search, sorting, uniqueness checks and share
 * card rendering (marks detach), so all content is composed on save.
 *
 * @example
 * normalizeToNFC({ title: 'Ha\u0309i Pho\u0300ng' }) // { title: 'Hải Phòng' }
 */
export function normalizeToNFC<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map((item) => normalizeToNFC(item)) as T
  if (value && typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[key] = normalizeToNFC(inner)
    return out as T
  }
  return value
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const eachString = (value: unknown, clean: (text: string) => string) =>
  typeof value === 'string'
    ? clean(value)
    : Array.isArray(value)
      ? value.map((item) => (typeof item === 'string' ? clean(item) : item))
      : value

/**
 * Removes invisible characters (`removeInvisibleCharacters`: bidi controls, zero-width and
 * control characters) from the text a person typed into `data`, in place, by field type: text
 * fields become one clean line (a pasted line break becomes a space), textareas keep their line
 * breaks and tabs, rich text its text nodes' content. Other fields (e-mail, code, JSON, select
 * values, ids) are not prose and are left alone. Nested groups, arrays, blocks and tabs too.
 *
 * Why on save: a title with U+202E reverses on the page, in `<title>`, meta tags and JSON-LD,
 * and zero-width characters make two identical-looking titles, slugs or document numbers differ.
 *
 * @example
 * removeInvisibleFromFields(Articles.fields, { title: 'Tin\u202E mới' }) // { title: 'Tin mới' }
 */
export function removeInvisibleFromFields<T extends object>(fields: Field[], data: T): T {
  for (const { field, value, siblingData } of listFieldValues(fields, data as never)) {
    if (field.type === 'text') {
      siblingData[field.name] = eachString(value, (text) => removeInvisibleCharacters(text))
    } else if (field.type === 'textarea') {
      siblingData[field.name] = eachString(value, (text) =>
        removeInvisibleCharacters(text, { multiline: true }),
      )
    } else if (field.type === 'richText') {
      siblingData[field.name] = removeInvisibleFromRichText(value)
    }
  }
  return data
}
