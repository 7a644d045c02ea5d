import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import { linkHref } from '@collections/lib/links'
import { parseYouTubeId } from '@collections/lib/youtube'
import { escapeHtml } from '@channels/text'
import { renderAttributes } from './html'
import type { Lang } from './i18n'
import { pictureAttributes, pictureCaption } from './images'
import type { Attachment, Picture } from './types'
import { renderYouTubeEmbed } from './youtube'

/** A Lexical editor state as Payload stores it (rich text fields). */
export type RichTextState = { root: { children: unknown[]; [key: string]: unknown } }

export interface RichTextContext {
  lang: Lang
  /**
   * Where an internal link to a CMS document leads, or null when that document has no public
   * page (a draft, deleted): the link is then dropped and its text kept.
   */
  linkTo: (
    relationTo: string,
    id: number,
  ) => { href: string; hreflang?: Lang; title: string } | null
  /** An uploaded image by media id, or null when it cannot be shown. */
  picture: (id: number) => Picture | null
  /** An uploaded document (PDF/DOC/DOCX) by id, offered for download; null when unavailable. */
  document?: (id: number) => Attachment | null
}

type Node = { type: string; [key: string]: unknown }
type Fields = { url?: string; newTab?: boolean; linkType?: string; doc?: unknown }

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return null
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return
  const n = node as Node
  if (typeof n.type === 'string') visit(n)
  const children = (n as { children?: unknown[] }).children
  if (Array.isArray(children)) children.forEach((child) => walk(child, visit))
}

/**
 * Ids of the uploads a rich text shows from one upload collection (`media` images, `documents`
 * files), so they can be loaded in one query.
 */
export function richTextUploadIds(
  state: RichTextState | null | undefined,
  relationTo: 'media' | 'documents' = 'media',
): number[] {
  const ids: number[] = []
  if (state?.root) {
    walk(state.root, (node) => {
      if (node.type === 'upload' && node.relationTo === relationTo) {
        const id = idOf(node.value)
        if (id !== null) ids.push(id)
      }
    })
  }
  return ids
}

const FORMAT_TAGS: [flag: number, tag: string][] = [
  [1 << 4, 'code'],
  [1 << 5, 'sub'],
  [1 << 6, 'sup'],
  [1 << 2, 's'],
  [1 << 3, 'u'],
  [1 << 1, 'em'],
  [1, 'strong'],
]

const YOUTUBE_PLACEHOLDER = /<figure class="video" data-youtube="([A-Za-z0-9_-]{11})"><\/figure>/g
const youtubePlaceholder = (id: string) => `<figure class="video" data-youtube="${id}"></figure>`

function plainText(node: unknown): string {
  let out = ''
  walk(node, (n) => {
    if (typeof n.text === 'string') out += n.text
  })
  return out
}

function buildConverters(ctx: RichTextContext): HTMLConverters {
  const children = (
    node: Node,
    nodesToHTML: Parameters<Exclude<HTMLConverter, string>>[0]['nodesToHTML'],
  ) => nodesToHTML({ nodes: ((node.children as Node[]) ?? []) as never }).join('')

  const link: HTMLConverter<Node> = ({ node, nodesToHTML }) => {
    const inner = children(node, nodesToHTML)
    const fields = (node.fields ?? {}) as Fields
    if (fields.linkType === 'internal') {
      const doc = fields.doc as { relationTo?: string; value?: unknown } | undefined
      const id = idOf(doc?.value)
      const target = doc?.relationTo && id !== null ? ctx.linkTo(doc.relationTo, id) : null
      if (!target) return inner
      return `<a${renderAttributes({ href: target.href, hreflang: target.hreflang })}>${inner}</a>`
    }
    const href = linkHref(fields.url)
    if (!href) return inner
    const external = /^https?:/.test(href)
    return `<a${renderAttributes({
      href,
      rel: external ? 'noopener noreferrer' : undefined,
      target: external && fields.newTab ? '_blank' : undefined,
    })}>${inner}</a>`
  }

  return {
    text: ({ node }) => {
      const n = node as unknown as { text: string; format?: number }
      let html = escapeHtml(n.text)
      for (const [flag, tag] of FORMAT_TAGS) {
        if ((n.format ?? 0) & flag) html = `<${tag}>${html}</${tag}>`
      }
      return html
    },
    linebreak: '<br>',
    tab: ' ',
    horizontalrule: '<hr>',
    paragraph: ({ node, nodesToHTML }) => {
      const kids = ((node as unknown as Node).children as Node[]) ?? []
      // A bare YouTube address alone on its line becomes a player, as editors expect from
      // pasting a video link; a YouTube link with its own words stays a link.
      if (kids.length === 1 && (kids[0].type === 'link' || kids[0].type === 'autolink')) {
        const url = (kids[0].fields as Fields | undefined)?.url
        const id = parseYouTubeId(url)
        if (id && plainText(kids[0]).trim() === url?.trim()) return youtubePlaceholder(id)
      }
      const inner = children(node as unknown as Node, nodesToHTML)
      return inner.trim() ? `<p>${inner}</p>` : ''
    },
    heading: ({ node, nodesToHTML }) => {
      const n = node as unknown as Node
      // The page title is the only h1; the body starts at h2.
      const level = Math.min(Math.max(Number(String(n.tag ?? 'h2').slice(1)) || 2, 2), 6)
      return `<h${level}>${children(n, nodesToHTML)}</h${level}>`
    },
    quote: ({ node, nodesToHTML }) =>
      `<blockquote><p>${children(node as unknown as Node, nodesToHTML)}</p></blockquote>`,
    list: ({ node, nodesToHTML }) => {
      const n = node as unknown as Node & { listType?: string; start?: number }
      const tag = n.listType === 'number' ? 'ol' : 'ul'
      // Lexical nests a list inside its own list item; HTML wants it inside the previous one.
      const items: string[] = []
      for (const item of (n.children as Node[]) ?? []) {
        const kids = (item.children as Node[]) ?? []
        const html = nodesToHTML({ nodes: kids as never }).join('')
        if (kids.length > 0 && kids.every((k) => k.type === 'list') && items.length > 0) {
          items[items.length - 1] += html
        } else {
          items.push(html)
        }
      }
      const start = tag === 'ol' && n.start && n.start !== 1 ? ` start="${Number(n.start)}"` : ''
      return `<${tag}${start}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`
    },
    listitem: ({ node, nodesToHTML }) =>
      `<li>${children(node as unknown as Node, nodesToHTML)}</li>`,
    link,
    autolink: link,
    upload: ({ node }) => {
      const n = node as unknown as Node
      if (n.relationTo === 'documents') {
        const id = idOf(n.value)
        const file = id === null ? null : (ctx.document?.(id) ?? null)
        if (!file) return ''
        return `<p class="download"><a${renderAttributes({ href: file.href, download: file.filename })}>${escapeHtml(file.title)}</a></p>`
      }
      if (n.relationTo !== 'media') return ''
      const id = idOf(n.value)
      const picture = id === null ? null : ctx.picture(id)
      if (!picture) return ''
      const caption = pictureCaption(picture, ctx.lang)
      const credit = picture.credit
        ? `${caption ? ' ' : ''}<span class="credit"${ctx.lang === 'vi' ? '' : ' lang="vi"'}>${escapeHtml(picture.credit)}</span>`
        : ''
      const img = `<img${renderAttributes(pictureAttributes(picture, 'full', ctx.lang))}>`
      return `<figure>${img}${caption || credit ? `<figcaption>${caption ? escapeHtml(caption) : ''}${credit}</figcaption>` : ''}</figure>`
    },
    // An item embedded in the text (the editor's "relationship" block): a link to its page.
    relationship: ({ node }) => {
      const n = node as unknown as Node
      const id = idOf(n.value)
      const target =
        typeof n.relationTo === 'string' && id !== null ? ctx.linkTo(n.relationTo, id) : null
      if (!target) return ''
      return `<p class="embedded"><a${renderAttributes({ href: target.href, hreflang: target.hreflang })}>${escapeHtml(target.title)}</a></p>`
    },
    blocks: {
      // Ready for a "youtube" block (BlocksFeature) if the editor gains one.
      youtube: ({ node }) => {
        const fields = (node as unknown as { fields?: { url?: string; videoId?: string } }).fields
        const id =
          parseYouTubeId(fields?.url) ??
          (fields?.videoId && /^[\w-]{11}$/.test(fields.videoId) ? fields.videoId : null)
        return id ? youtubePlaceholder(id) : ''
      },
    },
    // Anything else (tables, future node types) keeps its text and nothing of its markup.
    unknown: ({ node, nodesToHTML }) => {
      const n = node as unknown as Node
      if (Array.isArray(n.children)) {
        const inner = children(n, nodesToHTML)
        return inner.trim() ? `<p>${inner}</p>` : ''
      }
      return typeof n.text === 'string' ? escapeHtml(n.text) : ''
    },
  } as HTMLConverters
}

/** What rich text may contain once rendered; everything else is removed, whatever its source. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'strong',
    'em',
    's',
    'u',
    'code',
    'sub',
    'sup',
    'br',
    'hr',
    'figure',
    'figcaption',
    'img',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target', 'hreflang', 'download'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'lang'],
    figure: ['class', 'data-youtube'],
    span: ['class', 'lang'],
    p: ['class'],
    ol: ['start'],
  },
  allowedClasses: { figure: ['video'], span: ['credit'], p: ['embedded', 'download'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
}

/**
 * Rich text (Lexical JSON) → safe HTML for a page in `lang`: Payload's `convertLexicalToHTML`
 * with the portal's converters (responsive images, internal links to published pages,
 * click-to-load YouTube players, no inline styles), then an allow-list sanitiser, so nothing
 * typed into the CMS can add markup, scripts or unsafe links.
 *
 * @example
 * renderRichText(body, { lang: 'vi', linkTo, picture }) // '<p>…</p><figure>…</figure>'
 */
export function renderRichText(
  state: RichTextState | null | undefined,
  ctx: RichTextContext,
  options: { videoTitle?: string } = {},
): string {
  if (!state?.root || !Array.isArray(state.root.children)) return ''
  const raw = convertLexicalToHTML({
    data: state as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: buildConverters(ctx),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  return sanitizeHtml(raw, SANITIZE).replace(YOUTUBE_PLACEHOLDER, (_, id: string) =>
    renderYouTubeEmbed({ id, title: options.videoTitle ?? 'YouTube', lang: ctx.lang }),
  )
}

/** Whether a rich text value has any words in it (an empty editor state is not content). */
export function hasRichText(state: RichTextState | null | undefined): boolean {
  return Boolean(state?.root && plainText(state.root).trim())
}

/** Lexical nodes whose text is a line of its own in plain text (a list item, not the list). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code'])

/**
 * A rich text as plain text for data files (open data): one line per paragraph, heading or
 * list item, blocks separated by a blank line; no markup, links as their words.
 *
 * @example
 * richTextPlain(richText(paragraph('Một'), paragraph('Hai'))) // 'Một\n\nHai'
 */
export function richTextPlain(state: RichTextState | null | undefined): string {
  const lines: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as Node
    if (TEXT_BLOCKS.has(n.type)) {
      const line = plainText(n).trim()
      if (line) lines.push(line)
      return
    }
    const children = (n as { children?: unknown[] }).children
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(state?.root)
  return lines.join('\n\n')
}
