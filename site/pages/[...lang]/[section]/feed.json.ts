import type { APIRoute } from 'astro'

import { feedPaths, feedResponse, type FeedProps } from '@site/lib/endpoints/feeds'

/** JSON Feed 1.1 of a section: `/tin-tuc/feed.json`, `/en/su-kien/feed.json`, in each language. */
export const getStaticPaths = () => feedPaths('section')

export const GET: APIRoute = ({ props, site }) => feedResponse('json', props as FeedProps, site!)
