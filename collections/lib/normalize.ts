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
