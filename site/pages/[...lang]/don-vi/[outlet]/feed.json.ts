import type { APIRoute } from 'astro'

import { feedPaths, feedResponse, type FeedProps } from '@site/lib/endpoints/feeds'

/** JSON Feed 1.1 of an outlet: `/don-vi/<slug>/feed.json`, in each language. */
export const getStaticPaths = () => feedPaths('outlet')

export const GET: APIRoute = ({ props, site }) => feedResponse('json', props as FeedProps, site!)
