const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/
const HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtu.be',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
])

/**
 * Extracts the 11-character video id from any common YouTube URL form (watch, youtu.be,
 * embed, shorts, live, nocookie). Returns null for anything else, including look-alike hosts.
 *
 * @example
 * parseYouTubeId('https://youtu.be/dQw4w9WgXcQ?t=42') // 'dQw4w9WgXcQ'
 * parseYouTubeId('https://evil.example/watch?v=dQw4w9WgXcQ') // null
 */
export function parseYouTubeId(input: string | null | undefined): string | null {
  if (!input) return null
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (!HOSTS.has(url.hostname.toLowerCase())) return null
  let candidate: string | null = null
  if (url.hostname.toLowerCase() === 'youtu.be') {
    candidate = url.pathname.split('/')[1] ?? null
  } else if (url.pathname === '/watch') {
    candidate = url.searchParams.get('v')
  } else {
    const match = url.pathname.match(/^\/(embed|shorts|live|v)\/([^/?#]+)/)
    candidate = match ? match[2] : null
  }
  return candidate && VIDEO_ID.test(candidate) ? candidate : null
}
