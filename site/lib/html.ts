import { escapeHtml } from '@channels/text'

export type Attributes = Record<string, string | number | boolean | null | undefined>

/**
 * Serialises attributes, escaped; false/null/undefined are left out, true is a bare attribute.
 *
 * @example
 * renderAttributes({ src: '/a.webp', alt: 'Cảng "Lạch Huyện"', hidden: false }) // ' src="/a.webp" alt="Cảng &quot;Lạch Huyện&quot;"'
 */
export function renderAttributes(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
    )
    .join('')
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` are escaped as
 * Unicode so no CMS text can close the script element.
 *
 * @example
 * toScriptJson({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
