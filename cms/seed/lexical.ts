import { randomBytes } from 'node:crypto'

import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/**
 * Builders for Lexical editor state JSON in exactly the shape the admin's editor exports
 * (lexical 0.50 with Payload's feature nodes), so seeded bodies open and re-save without
 * a diff. The shapes were checked against each node's `exportJSON()` in node_modules and are
 * round-tripped through a headless editor in test/cms/seed.test.ts.
 *
 * @example
 * richText(
 *   heading('h2', 'Mục tiêu đến năm 2025'),
 *   paragraph('Theo ', bold('Kế hoạch 281/KH-UBND'), ', thành phố hỗ trợ 300 dự án.'),
 *   bulletList(['Khu làm việc chung', 'Khu ươm tạo']),
 * )
 */

/** Lexical's text format bit flags (TextNode.format). */
const FORMAT = { bold: 1, italic: 2 } as const

type Inline = SerializedTextNode | SerializedLinkNode<SerializedTextNode>
type InlineInput = string | Inline
type Block =
  | SerializedParagraphNode<Inline>
  | SerializedHeadingNode<Inline>
  | SerializedQuoteNode<Inline>
  | SerializedListNode<SerializedListItemNode>

/** A list entry: plain text or inline nodes, optionally with a nested list under it. */
export type NestedListEntry = { text: InlineInput[]; subitems: ListEntry[] }
export type ListEntry = InlineInput | InlineInput[] | NestedListEntry

export type RichText = DefaultTypedEditorState

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export function text(value: string, format = 0): SerializedTextNode {
  return { type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 }
}

export const bold = (value: string) => text(value, FORMAT.bold)
export const italic = (value: string) => text(value, FORMAT.italic)

const toInline = (parts: InlineInput[]): Inline[] =>
  parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? text(part) : part))

/**
 * A link to an outside page. Payload's LinkNode is at version 3 and carries an id (an
 * ObjectId-style hex string); older versions are migrated on load, which would mark the
 * document as changed the first time an editor opens it.
 */
export function link(
  label: string,
  url: string,
  newTab = true,
): SerializedLinkNode<SerializedTextNode> {
  return {
    ...element,
    type: 'link',
    version: 3,
    id: randomBytes(12).toString('hex'),
    fields: { linkType: 'custom', url, newTab },
    children: [text(label)],
  }
}

export function paragraph(...parts: InlineInput[]): SerializedParagraphNode<Inline> {
  const children = toInline(parts)
  // Lexical records the first text child's format on the paragraph (textFormat/textStyle).
  const first = children.find((child): child is SerializedTextNode => child.type === 'text')
  return {
    ...element,
    type: 'paragraph',
    textFormat: first?.format ?? 0,
    textStyle: first?.style ?? '',
    children,
  }
}

export function heading(tag: 'h2' | 'h3', ...parts: InlineInput[]): SerializedHeadingNode<Inline> {
  return { ...element, type: 'heading', tag, children: toInline(parts) }
}

export function quote(...parts: InlineInput[]): SerializedQuoteNode<Inline> {
  return { ...element, type: 'quote', children: toInline(parts) }
}

const isNested = (entry: ListEntry): entry is NestedListEntry =>
  typeof entry === 'object' && !Array.isArray(entry) && 'subitems' in entry

function listNode(entries: ListEntry[], depth: number): SerializedListNode<SerializedListItemNode> {
  const items: SerializedListItemNode[] = []
  // Numbering as lexical computes it: a nested list lives in its own wrapper item, which takes
  // the next number without consuming it.
  let value = 1
  for (const entry of entries) {
    const nested = isNested(entry) ? entry : null
    const parts = nested ? nested.text : Array.isArray(entry) ? entry : [entry as InlineInput]
    items.push({
      ...element,
      indent: depth,
      type: 'listitem',
      value: value++,
      checked: undefined,
      children: toInline(parts),
    })
    if (nested && nested.subitems.length > 0) {
      items.push({
        ...element,
        indent: depth,
        type: 'listitem',
        value,
        checked: undefined,
        children: [listNode(nested.subitems, depth + 1)],
      })
    }
  }
  return { ...element, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: items }
}

/** A bullet list; an entry `{ text, subitems }` gets a nested list (the "+" points of a plan). */
export function bulletList(entries: ListEntry[]): SerializedListNode<SerializedListItemNode> {
  return listNode(entries, 0)
}

/** The editor state for a rich text field: a root holding the given blocks. */
export function richText(...blocks: Block[]): RichText {
  return {
    root: { type: 'root', ...element, children: blocks },
  } as RichText
}

/** Plain text of a rich text value (for tests and search snippets). */
export function toPlainText(state: { root: { children: unknown[] } } | null | undefined): string {
  const walk = (node: unknown): string => {
    const n = node as { text?: string; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') return n.text
    const inner = (n.children ?? []).map(walk).join('')
    return n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem'
      ? `${inner}\n`
      : inner
  }
  return state ? walk(state.root) : ''
}
