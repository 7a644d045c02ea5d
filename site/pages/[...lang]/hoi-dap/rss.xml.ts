import type { APIRoute } from 'astro'

import { qaFeed, qaFeedPaths } from '@site/lib/endpoints/qaFeed'

export const getStaticPaths = qaFeedPaths

export const GET: APIRoute = ({ props, site }) => qaFeed(props.lang, site!)
