import { defineCollection } from 'astro:content'

import { loadArticles } from './lib/loaders/articles'
import { loadProfiles } from './lib/loaders/directory'
import { loadEvents } from './lib/loaders/events'
import { loadFeatures } from './lib/loaders/features'
import { loadGlobals } from './lib/loaders/globals'
import { payloadLoader, putAll } from './lib/loaders/loader'
import { loadPolicyNotices } from './lib/loaders/policyNotices'
import { loadQuestions } from './lib/loaders/questions'
import { loadOutlets, loadTopics } from './lib/loaders/terms'
import { loadTracker } from './lib/loaders/tracker'

/** One collection per CMS collection the portal shows, each filled by a Payload loader. */
export const collections = {
  articles: defineCollection({ loader: payloadLoader('articles', loadArticles) }),
  features: defineCollection({ loader: payloadLoader('features', loadFeatures) }),
  policyNotices: defineCollection({ loader: payloadLoader('policy-notices', loadPolicyNotices) }),
  events: defineCollection({ loader: payloadLoader('events', loadEvents) }),
  topics: defineCollection({ loader: payloadLoader('topics', putAll(loadTopics)) }),
  outlets: defineCollection({ loader: payloadLoader('outlets', putAll(loadOutlets)) }),
  questions: defineCollection({ loader: payloadLoader('questions', putAll(loadQuestions)) }),
  startups: defineCollection({
    loader: payloadLoader('startups', putAll(loadProfiles('startups'))),
  }),
  people: defineCollection({ loader: payloadLoader('people', putAll(loadProfiles('people'))) }),
  organisations: defineCollection({
    loader: payloadLoader('support-organizations', putAll(loadProfiles('support-organizations'))),
  }),
  globals: defineCollection({ loader: payloadLoader('globals', putAll(loadGlobals)) }),
  tracker: defineCollection({ loader: payloadLoader('programmes', putAll(loadTracker)) }),
}
