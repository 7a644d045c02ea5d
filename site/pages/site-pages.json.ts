import type { APIRoute } from 'astro'

import { sitePages } from '../lib/endpoints/sitePages'

/**
 * `/site-pages.json`: which URL each published item and term has in this build, and which pages
 * are item pages (see channels/sitePages.ts); the publish pipeline and the search index read it.
 * No `cacheKey`: it is written by every build, so it can never describe an older one.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await sitePages()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
