import { removeInvisibleCharacters } from '@channels/text'

import { linkHref } from './links'
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

export type RichTextProblem = { kind: 'link'; url: string } | { kind: 'node'; type: string }

type LexicalNode = {
  type?: unknown
  children?: unknown
  fields?: { linkType?: unknown; url?: unknown } | null
  url?: unknown
}

/**
 * Walks a Lexical editor state and lists what must not be stored: unknown node types and links
 * whose target the link policy (./links.ts) refuses.
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
      if (linkType !== 'internal' && linkHref(url) === null) {
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

/**
 * Cut to a length the admin's message can show, with invisible characters written out
 * (`[U+202E]`): a bidi override echoed as is would reverse the message itself.
 */
const shorten = (text: string) => {
  const visible = text.replace(
    /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu,
    (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
  )
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible
}

/** The message an editor sees for one problem. */
export function describeRichTextProblem(problem: RichTextProblem): Message {
  if (problem.kind === 'link') {
    const shown = shorten(problem.url.trim()) || '(trống)'
    return {
      vi: `Liên kết "${shown}" không được phép. Chỉ dùng liên kết bắt đầu bằng http://, https://, mailto: hoặc tel: (hoặc đường dẫn trong cổng, bắt đầu bằng /), không có khoảng trắng, dấu \\ hay ký tự ẩn.`,
      en: `The link "${shown}" is not allowed. Use only links starting with http://, https://, mailto: or tel: (or a path on the portal starting with /), without spaces, backslashes or invisible characters.`,
    }
  }
  return {
    vi: `Nội dung có thành phần không được hỗ trợ (loại "${shorten(problem.type)}"). Hãy xóa thành phần đó rồi lưu lại.`,
    en: `The content contains an unsupported element (type "${shorten(problem.type)}"). Remove it and save again.`,
  }
}

/**
 * A copy of a Lexical editor state whose text nodes carry no invisible characters (bidi
 * controls, zero-width characters: `removeInvisibleCharacters`). Tabs and line breaks inside a
 * text node stay; everything else, links included, is left as it is.
 *
 * @example
 * removeInvisibleFromRichText(state) // every { type: 'text', text: 'a\u202Eb' } now has text 'ab'
 */
export function removeInvisibleFromRichText<T>(state: T): T {
  const clean = (node: unknown, depth: number): unknown => {
    if (depth > 64 || typeof node !== 'object' || node === null || Array.isArray(node)) return node
    const out: Record<string, unknown> = { ...node }
    if (out.type === 'text' && typeof out.text === 'string') {
      out.text = removeInvisibleCharacters(out.text, { multiline: true })
    }
    if (Array.isArray(out.children)) out.children = out.children.map((c) => clean(c, depth + 1))
    return out
  }
  const root = (state as { root?: unknown } | null | undefined)?.root
  return root && typeof root === 'object' ? ({ ...state, root: clean(root, 0) } as T) : state
}
