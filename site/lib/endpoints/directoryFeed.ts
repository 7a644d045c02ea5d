import { generateRssFeed, RSS_CONTENT_TYPE, type FeedItem } from '@channels/feeds'
import { DIRECTORY_TYPES } from '@collections/vocabulary/directory'
import { getAllProfiles } from '../content'
import { profilesIn } from '../directoryPaths'
import { strings, type Lang } from '../i18n'
import { pageFeedChannel, qaFeedPaths } from './qaFeed'
import { profileSummary } from '../profiles'
import { directoryFeedPath, directoryPath, profilePath } from '../routes'

/** How many of the newest profiles the feed carries. */
const FEED_SIZE = 50

/** `/he-sinh-thai/rss.xml` and `/en/he-sinh-thai/rss.xml`. */
export const directoryFeedPaths = qaFeedPaths

/** New profiles of the directory, newest first: what readers follow to meet new startups. */
export async function directoryFeed(lang: Lang, site: URL): Promise<Response> {
  const t = strings(lang)
  const channel = pageFeedChannel(lang, site, {
    title: t.directory.feedTitle,
    description: t.directory.intro,
    page: directoryPath(lang),
    feed: directoryFeedPath(lang),
  })
  const time = (value: string | null) => (value ? new Date(value).getTime() : 0)
  const profiles = profilesIn(await getAllProfiles(), lang)
    .sort((a, b) => time(b.publishedAt ?? b.updatedAt) - time(a.publishedAt ?? a.updatedAt))
    .slice(0, FEED_SIZE)
  const items: FeedItem[] = profiles.map((p) => ({
    collection: DIRECTORY_TYPES.find((type) => type.kind === p.kind)!.collection,
    id: p.id,
    title: p.name,
    url: new URL(profilePath(p.kind, p.slug, lang), site).href,
    publishedAt: p.publishedAt ?? p.updatedAt,
    updatedAt: p.updatedAt,
    summary: profileSummary(p, lang) || null,
    categories: [t.directory.kinds[p.kind]],
  }))
  return new Response(generateRssFeed(channel, items), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE },
  })
}
