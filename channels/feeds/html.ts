import sanitizeHtml from 'sanitize-html'

import { toXmlSafe } from './text'

// Text and structure only: no script, style, iframe, form, object or embed can get through.
const ALLOWED_TAGS = (
  'p br hr h2 h3 h4 h5 h6 blockquote pre code strong b em i u s sub sup mark small ' +
  'ul ol li a img figure figcaption table caption thead tbody tfoot tr th td'
).split(' ')

const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** Attributes holding a URL, per tag, and the schemes each may keep. */
const URL_ATTRIBUTES: Record<string, { attribute: string; schemes: string[] }[]> = {
  a: [{ attribute: 'href', schemes: LINK_SCHEMES }],
  img: [{ attribute: 'src', schemes: ['http', 'https'] }],
  blockquote: [{ attribute: 'cite', schemes: ['http', 'https'] }],
}

/**
 * Cleans an item body for feeds (`content:encoded`, JSON Feed `content_html`): an allow-list of
 * text and structure tags, no scripts, styles, iframes, forms or event handlers; links only
 * http(s), mailto and tel; images only http(s). Every relative or protocol-relative `href`,
 * `src` and `cite` becomes absolute against `baseUrl` (the item's page), because feed readers
 * and auto-posters show the HTML away from the site.
 *
 * @example
 * sanitizeFeedHtml('<p onclick="x()">Xem <a href="/su-kien/a">lịch</a></p><script>1</script>',
 *   'https://example.vn/tin-tuc/b')
 * // '<p>Xem <a href="https://example.vn/su-kien/a">lịch</a></p>'
 */
export function sanitizeFeedHtml(html: string | null | undefined, baseUrl: string): string {
  return sanitizeHtml(toXmlSafe(html), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      blockquote: ['cite'],
      ol: ['start', 'reversed'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: LINK_SCHEMES,
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      '*': (tagName, attribs) => ({ tagName, attribs: absolutize(tagName, attribs, baseUrl) }),
    },
    // Empty links and images left after their URL was refused are noise.
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()),
  }).trim()
}

function absolutize(
  tagName: string,
  attribs: sanitizeHtml.Attributes,
  baseUrl: string,
): sanitizeHtml.Attributes {
  const rules = URL_ATTRIBUTES[tagName]
  if (!rules) return attribs
  const out = { ...attribs }
  for (const { attribute, schemes } of rules) {
    if (!(attribute in out)) continue
    const resolved = resolveUrl(out[attribute]!, baseUrl, schemes)
    if (resolved) out[attribute] = resolved
    else delete out[attribute]
  }
  return out
}

function resolveUrl(value: string, baseUrl: string, schemes: string[]): string | undefined {
  try {
    // The URL parser drops tabs and newlines and lower-cases the scheme ("JaVa\tscript:")
    // before we compare it with the allow-list.
    const url = new URL(value.trim(), baseUrl)
    return schemes.includes(url.protocol.slice(0, -1)) ? url.href : undefined
  } catch {
    return undefined
  }
}
