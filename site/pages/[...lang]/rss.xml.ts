import type { APIRoute } from 'astro'

import { feedPaths, feedResponse, type FeedProps } from '@site/lib/endpoints/feeds'

/** RSS 2.0 of the whole site: `/rss.xml`, `/en/rss.xml`, in each language. */
export const getStaticPaths = () => feedPaths('site')

export const GET: APIRoute = ({ props, site }) => feedResponse('rss', props as FeedProps, site!)
