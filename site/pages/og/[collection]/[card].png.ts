import type { APIRoute } from 'astro'

import { cardPaths, type CardProps } from '../../../lib/channels/cardPaths'
import { getOrRenderCard } from '../../../lib/og'

/**
 * Share cards, 1200×630 PNG: `/og/<collection>/<slug>-<lang>-<hash12>.png`. Drawn only when no
 * card with the same content hash is in the cache (`.cache/og`, or OG_CACHE_DIR).
 */
export const getStaticPaths = cardPaths

export const GET: APIRoute = async ({ props }) => {
  const { png } = await getOrRenderCard((props as CardProps).card)
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
