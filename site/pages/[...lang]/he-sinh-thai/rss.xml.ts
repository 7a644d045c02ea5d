import type { APIRoute } from 'astro'

import { directoryFeed, directoryFeedPaths } from '@site/lib/endpoints/directoryFeed'

export const getStaticPaths = directoryFeedPaths

export const GET: APIRoute = ({ props, site }) => directoryFeed(props.lang, site!)
