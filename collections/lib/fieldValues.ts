import type { Field, FieldAffectingData } from 'payload'
import { fieldAffectsData, tabHasName } from 'payload/shared'

export type FieldValue = {
  field: FieldAffectingData & { name: string }
  value: unknown
  /** As Payload names it in its errors: `venue.mapUrl`, `corrections.0.note`. */
  path: string
  /** The object holding the value: assign `siblingData[field.name]` to replace it. */
  siblingData: Record<string, unknown>
}

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const join = (path: string, name: string) => (path ? `${path}.${name}` : name)

/**
 * Every data field of `fields` that `data` (one locale's document, as sent to a save) carries a
 * value for, parents before their children: rows, collapsibles and unnamed tabs are looked
 * through, named groups and tabs nest, arrays and blocks are listed themselves and then each
 * row's fields.
 *
 * @example
 * listFieldValues(Events.fields, { venue: { mapUrl: 'x' } }).map((v) => v.path) // ['venue.mapUrl']
 */
export function listFieldValues(fields: Field[], data: Data, path = ''): FieldValue[] {
  const found: FieldValue[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!tabHasName(tab)) found.push(...listFieldValues(tab.fields, data, path))
        else if (isData(data[tab.name]))
          found.push(...listFieldValues(tab.fields, data[tab.name] as Data, join(path, tab.name)))
      }
      continue
    }
    if (!fieldAffectsData(field)) {
      if ('fields' in field) found.push(...listFieldValues(field.fields, data, path))
      continue
    }
    const value = data[field.name]
    if (value === undefined) continue
    const fieldPath = join(path, field.name)
    if (field.type === 'group') {
      if (isData(value)) found.push(...listFieldValues(field.fields, value, fieldPath))
      continue
    }
    found.push({ field, value, path: fieldPath, siblingData: data })
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      value.forEach((row: unknown, index) => {
        if (!isData(row)) return
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        found.push(...listFieldValues(rowFields, row, `${fieldPath}.${index}`))
      })
    }
  }
  return found
}
