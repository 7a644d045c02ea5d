import type { Message } from './messages'

/**
 * Node types the editor's features produce (Payload's default Lexical features: paragraphs,
 * headings, quotes, lists and checklists, links, uploads, relationships, horizontal rules).
 * Anything else arrived through the API, not the editor, and the site would not know how to
 * render it safely. Adding an editor feature means adding its node type here.
 */
export const ALLOWED_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'upload',
  'relationship',
  'horizontalrule',
])

export const ALLOWED_LINK_PROTOCOLS: ReadonlySet<string> = new Set([
  'http:',
  'https:',
  'mailto:',
  'tel:',
])

/**
 * Whether a link target is safe to put in an href: an absolute http(s)/mailto/tel URL, or a
 * path on the portal itself ("/tin-tuc/…", "#muc-2", "?trang=2"). The scheme is read the way
 * browsers read it (WHATWG URL parser: leading spaces and control characters dropped, tabs and
 * newlines removed, case folded), so "  JaVa\tScRiPt:alert(1)" is seen as javascript:.
 *
 * @example
 * isSafeLinkURL('https://haiphong.gov.vn') // true
 * isSafeLinkURL('javascript:alert(1)') // false
 * isSafeLinkURL('data:text/html;base64,PHNjcmlwdD4=') // false
 */
export function isSafeLinkURL(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  // The URL parser's own clean-up, applied before deciding whether the link is relative.
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
  if (cleaned === '') return false
  if (/^[/#?]/.test(cleaned) && !cleaned.startsWith('//')) return true
  let url: URL
  try {
    url = new URL(cleaned)
  } catch {
    return false
  }
  if (!ALLOWED_LINK_PROTOCOLS.has(url.protocol)) return false
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname !== '' : true
}

export type RichTextProblem = { kind: 'link'; url: string } | { kind: 'node'; type: string }

type LexicalNode = {
  type?: unknown
  children?: unknown
  fields?: { linkType?: unknown; url?: unknown } | null
  url?: unknown
}

/**
 * Walks a Lexical editor state and lists what must not be stored: unknown node types and links
 * whose target is not http(s), mailto, tel or a path on the portal.
 */
export function findRichTextProblems(state: unknown): RichTextProblem[] {
  const problems: RichTextProblem[] = []
  const root = (state as { root?: unknown } | null | undefined)?.root
  if (state === null || state === undefined) return problems
  if (!root || typeof root !== 'object') return [{ kind: 'node', type: String(typeof state) }]

  const visit = (node: LexicalNode, depth: number) => {
    if (depth > 64) {
      problems.push({ kind: 'node', type: 'nesting' })
      return
    }
    const type = typeof node?.type === 'string' ? node.type : String(node?.type)
    if (!ALLOWED_NODE_TYPES.has(type)) {
      problems.push({ kind: 'node', type })
      return
    }
    if (type === 'link' || type === 'autolink') {
      const linkType = node.fields?.linkType
      const url = node.fields?.url ?? node.url
      if (linkType !== 'internal' && !isSafeLinkURL(url)) {
        problems.push({ kind: 'link', url: typeof url === 'string' ? url : '' })
      }
    }
    if (Array.isArray(node.children)) {
      for (const child of node.children) visit(child as LexicalNode, depth + 1)
    }
  }
  visit(root as LexicalNode, 0)
  return problems
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/** The message an editor sees for one problem. */
export function describeRichTextProblem(problem: RichTextProblem): Message {
  if (problem.kind === 'link') {
    const shown = shorten(problem.url.trim()) || '(trống)'
    return {
      vi: `Liên kết "${shown}" không được phép. Chỉ dùng liên kết bắt đầu bằng http://, https://, mailto: hoặc tel: (hoặc đường dẫn trong cổng, bắt đầu bằng /).`,
      en: `The link "${shown}" is not allowed. Use only links starting with http://, https://, mailto: or tel: (or a path on the portal starting with /).`,
    }
  }
  return {
    vi: `Nội dung có thành phần không được hỗ trợ (loại "${shorten(problem.type)}"). Hãy xóa thành phần đó rồi lưu lại.`,
    en: `The content contains an unsupported element (type "${shorten(problem.type)}"). Remove it and save again.`,
  }
}
