import { escapeHtml } from '@channels/text'
import { generateRssFeed, RSS_CONTENT_TYPE, type FeedChannel, type FeedItem } from '@channels/feeds'
import { getQuestions } from '../content'
import { LANGS, langParam, strings, type Lang } from '../i18n'
import { qaFeedPath, qaPath, questionPath } from '../routes'

/** One feed per language (`/hoi-dap/rss.xml` and `/en/hoi-dap/rss.xml`, the directory's…). */
export async function qaFeedPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }))
}

/** A feed's channel: its title and description, the page it follows and its own address. */
export function pageFeedChannel(
  lang: Lang,
  site: URL,
  channel: { title: string; description: string; page: string; feed: string },
): FeedChannel {
  return {
    title: channel.title,
    description: channel.description,
    language: lang,
    siteUrl: new URL(channel.page, site).href,
    feedUrl: new URL(channel.feed, site).href,
    imageUrl: new URL('/logo-144.png', site).href,
    ttl: 60,
    copyright: `© ${strings(lang).siteOwner}`,
  }
}

/** The Q&A feed: each answer as an item (question as title, answer as content). */
export async function qaFeed(lang: Lang, site: URL): Promise<Response> {
  const t = strings(lang)
  const channel = pageFeedChannel(lang, site, {
    title: t.publicInput.feedTitle,
    description: t.publicInput.qaIntro,
    page: qaPath(lang),
    feed: qaFeedPath(lang),
  })
  const questions = (await getQuestions()).filter((q) => q.lang === lang)
  const items: FeedItem[] = questions.map((q) => ({
    collection: 'questions',
    id: q.id,
    title: q.question,
    url: new URL(questionPath(q.id, lang), site).href,
    publishedAt: q.publishedAt ?? q.updatedAt,
    updatedAt: q.updatedAt,
    summary: q.answer,
    contentHtml: q.answer
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join(''),
    categories: q.topic ? [(lang === 'en' ? q.topic.name.en : null) ?? q.topic.name.vi] : [],
    outlet: q.answeringUnit,
  }))
  return new Response(generateRssFeed(channel, items), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE },
  })
}
