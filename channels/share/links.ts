import { removeInvisibleCharacters } from '../text'

export interface ShareLinks {
  facebook: string
  zalo: string
  x: string
  linkedin: string
  /** The URL to put on the clipboard. */
  copy: string
}

/**
 * Share links for the portal's share buttons, as plain URLs to open in a new tab (no
 * third-party script on the page). Zalo documents only its SDK button; `share_inline?url=` is
 * the script-free form the SDK opens, widely used by Vietnamese news sites.
 *
 * @example
 * getShareLinks('https://example.vn/tin-tuc/a', 'Tiêu đề').facebook
 * // 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.vn%2Ftin-tuc%2Fa'
 */
export function getShareLinks(url: string, title: string): ShareLinks {
  const u = encodeURIComponent(url)
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    zalo: `https://sp.zalo.me/share_inline?url=${u}`,
    x: `https://x.com/intent/tweet?url=${u}&text=${encodeURIComponent(toPlainText(title))}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    copy: url,
  }
}

// Control and invisible characters have no place in a shared text and can reorder it.
function toPlainText(value: string): string {
  return removeInvisibleCharacters(value.normalize('NFC')).replace(/\s+/g, ' ').trim()
}
