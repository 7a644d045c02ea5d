import type { APIRoute } from 'astro'

import { CARD_MANIFEST_PATH } from '@site/lib/routes'
import { getOrRenderCard, type CardData } from '@channels/cards'

/**
 * Share cards, 1200×630 PNG: `/og/<collection>/<slug>-<lang>-<hash12>.png`, drawn on request
 * from the card manifest the build published (`/og/cards.json`) and kept in the card cache
 * (`.cache/og`, or OG_CACHE_DIR), so each card is drawn once. The portal's live server
 * (cms/publish/server.ts) answers these itself; this route serves them for the standalone
 * server of `npm run build:site` (`npm run serve:site`).
 */
export const prerender = false

let manifest: { loadedAt: number; cards: Promise<Record<string, CardData>> } | null = null

function loadManifest(origin: string) {
  // Re-read at most every 10 s: a new build publishes a new manifest.
  if (!manifest || Date.now() - manifest.loadedAt > 10_000) {
    const cards = fetch(new URL(CARD_MANIFEST_PATH, origin)).then((res) => {
      if (!res.ok) throw new Error(`${CARD_MANIFEST_PATH}: ${res.status}`)
      return res.json() as Promise<Record<string, CardData>>
    })
    manifest = { loadedAt: Date.now(), cards }
    cards.catch(() => (manifest = null))
  }
  return manifest.cards
}

export const GET: APIRoute = async ({ url }) => {
  const card = (await loadManifest(url.origin))[decodeURI(url.pathname)]
  if (!card) return new Response('Not Found', { status: 404 })
  const { png } = await getOrRenderCard(card)
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      // The name carries the card's content hash: a changed card gets a new URL.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
