import type { APIRoute } from 'astro'

import { feedPaths, feedResponse, type FeedProps } from '@site/lib/endpoints/feeds'

/** RSS 2.0 of a section: `/tin-tuc/rss.xml`, `/en/su-kien/rss.xml`, in each language. */
export const getStaticPaths = () => feedPaths('section')

export const GET: APIRoute = ({ props, site }) => feedResponse('rss', props as FeedProps, site!)
