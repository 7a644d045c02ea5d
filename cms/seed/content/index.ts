import type { SeedContent } from '../types'
import { ARTICLES } from './articles'
import { MENTIONS, ORGANIZATIONS, PEOPLE, PROGRAMMES, STARTUPS } from './ecosystem'
import { buildEvents } from './events'
import { FEATURES } from './features'
import { DOCUMENTS, MEDIA } from './media'
import { NOTICES } from './notices'
import { buildConsultations, QUESTIONS } from './publicInput'
import { OUTLETS, TOPICS } from './taxonomy'
import { USERS } from './users'

/** All demo content; events are dated relative to `now`. */
export function buildSeedContent(now: Date): SeedContent {
  return {
    outlets: OUTLETS,
    topics: TOPICS,
    users: USERS,
    media: MEDIA,
    documents: DOCUMENTS,
    notices: [...NOTICES, ...buildConsultations(now)],
    articles: ARTICLES,
    features: FEATURES,
    events: buildEvents(now),
    questions: QUESTIONS,
    organizations: ORGANIZATIONS,
    people: PEOPLE,
    startups: STARTUPS,
    programmes: PROGRAMMES,
    mentions: MENTIONS,
  }
}
