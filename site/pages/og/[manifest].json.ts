import type { APIRoute } from 'astro'

import { combineCacheKeys } from '@site/lib/cacheKey'
import { cardManifest } from '@site/lib/endpoints/cardPaths'

/**
 * `/og/cards.json`: every share card's path and the data it is drawn from (see cardManifest).
 * Its cacheKey is the list of card paths, which carry each card's content hash.
 */
export async function getStaticPaths() {
  const manifest = await cardManifest()
  return [
    {
      params: { manifest: 'cards' },
      props: { manifest },
      cacheKey: combineCacheKeys(['cards', ...Object.keys(manifest).sort()]),
    },
  ]
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
