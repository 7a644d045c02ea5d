import type { APIRoute } from 'astro'

import { feedPaths, feedResponse, type FeedProps } from '@site/lib/endpoints/feeds'

/** RSS 2.0 of a topic: `/chu-de/<slug>/rss.xml`, in each language. */
export const getStaticPaths = () => feedPaths('topic')

export const GET: APIRoute = ({ props, site }) => feedResponse('rss', props as FeedProps, site!)
