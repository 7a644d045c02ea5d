import { escapeHtml } from '@channels/text'
import { strings, type Lang } from './i18n'

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/

/** The poster's stylesheet (site/public/video-poster.css). */
export const VIDEO_POSTER_STYLESHEET = '/video-poster.css'

export const isYouTubeId = (id: string): boolean => VIDEO_ID.test(id)

export const youTubeWatchUrl = (id: string): string =>
  `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`

type EmbedOptions = {
  id: string
  title: string
  lang: Lang
  /** A local poster image (the feature's cover); without one a plain dark panel is shown. */
  poster?: { src: string; srcset: string } | null
}

/**
 * A YouTube player that loads nothing from YouTube until the reader asks for it, with no
 * script: an iframe whose `srcdoc` holds a poster and a play link; following the link loads
 * the privacy-enhanced (youtube-nocookie.com) player inside the same frame. Below it, a plain
 * link to YouTube (for print, and for readers who prefer the YouTube site).
 *
 * @example
 * renderYouTubeEmbed({ id: 'dQw4w9WgXcQ', title: 'Phóng sự', lang: 'vi' })
 */
export function renderYouTubeEmbed({ id, title, lang, poster }: EmbedOptions): string {
  if (!isYouTubeId(id)) return ''
  const t = strings(lang).feature
  const player = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`
  const image = poster
    ? `<img src="${escapeHtml(poster.src)}" srcset="${escapeHtml(poster.srcset)}" sizes="100vw" alt="">`
    : ''
  // The srcdoc document inherits the page's base URL, so the poster's /media/ path and its
  // stylesheet resolve, and the page's Content-Security-Policy, which allows no inline style.
  const doc =
    `<!doctype html><link rel="stylesheet" href="${VIDEO_POSTER_STYLESHEET}">` +
    `<a href="${escapeHtml(player)}">${image}<span>▶ ${escapeHtml(t.watch)}</span></a>`
  return (
    `<figure class="video">` +
    `<div class="video-frame"><iframe srcdoc="${escapeHtml(doc)}" title="${escapeHtml(`${t.watch}: ${title}`)}" ` +
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe></div>` +
    `<figcaption><a href="${escapeHtml(youTubeWatchUrl(id))}" rel="noopener noreferrer">${escapeHtml(t.watchOnYouTube)}</a>. ` +
    `${escapeHtml(t.videoPrivacy)}</figcaption></figure>`
  )
}
