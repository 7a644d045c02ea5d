import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, Where } from 'payload'

import { CONTENT_COLLECTIONS, UPLOAD_COLLECTIONS } from '@collections/vocabulary/contentTypes'
import { cleanDocumentNumber } from '@collections/lib/documentNumber'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'
import { requestSiteRebuild } from '../publish/queue'
import { buildSeedContent } from './content'
import { SEED_CONTEXT } from './context'
import { seedGlobals } from './content/globals'
import { renderIllustration } from './images'
import type { ContentCollection, ItemRef, SeedContent } from './types'

export type SeedResult = {
  /** Records created by this run. */
  created: number
  /** Records that already existed (matched by their natural key) and were left alone. */
  skipped: number
  /** The demo accounts, one per role, whether created now or earlier. */
  accounts: { email: string; role: string; name: string }[]
  /** The password given to accounts created by this run; null when none was created. */
  password: string | null
}

export type SeedOptions = {
  /** Receives one line per record created or updated (callers print the totals). */
  log?: (msg: string) => void
  /** Password for new demo accounts; else SEED_PASSWORD; else a random one (returned). */
  password?: string
}

/** Every collection that holds users or content; empty in all of them means a fresh hub. */
const SEEDED_COLLECTIONS = [
  'users',
  ...CONTENT_COLLECTIONS,
  ...UPLOAD_COLLECTIONS,
  'topics',
  'outlets',
] as const satisfies CollectionSlug[]

/** True when the hub has no accounts and no content yet (a fresh install). */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  for (const collection of SEEDED_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

/** 24 URL-safe characters (144 bits) from the OS random source. */
const generatePassword = () => randomBytes(18).toString('base64url')

/** Media are stored as WebP (Media.upload.formatOptions), which renames the file. */
const storedFilename = (name: string) => name.replace(/\.[a-z0-9]+$/i, '.webp')

/**
 * Fills the hub with demo content about plan 281/KH-UBND: outlets, topics, one account per
 * role, illustrations, the plan and the documents it cites, articles, features and events.
 *
 * Idempotent: every record is looked up by a natural key first (slug, e-mail, document number
 * and issuing body, file name or alt text) and left alone if present, so a second run creates
 * nothing. The seed acts as the system, not as a user (`overrideAccess: true`).
 *
 * @example
 * const { created, accounts, password } = await seedDemoContent(payload, { log: console.log })
 */
export async function seedDemoContent(
  payload: Payload,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const content = buildSeedContent(new Date())
  const seeder = new Seeder(payload, log)

  await seeder.seedTaxonomy(content)
  const password = await seeder.seedUsers(
    content,
    options.password || process.env.SEED_PASSWORD || generatePassword(),
  )
  await seeder.seedFiles(content)
  await seeder.seedNotices(content)
  await seeder.seedArticles(content)
  await seeder.seedFeatures(content)
  await seeder.seedEvents(content)
  await seeder.linkRelatedItems(content)
  await seeder.seedQuestions(content)
  const globals = await seedGlobals(payload, log)
  seeder.created += globals.created
  seeder.skipped += globals.skipped

  // One rebuild for the whole seed instead of a check on every document it saved.
  if (seeder.created > 0) await requestSiteRebuild(payload, { reason: 'demo content' })

  return {
    created: seeder.created,
    skipped: seeder.skipped,
    accounts: content.users.map(({ email, role, name }) => ({ email, role, name })),
    password,
  }
}

type Id = number

class Seeder {
  created = 0
  skipped = 0
  private readonly ids = new Map<string, Id>()

  constructor(
    private readonly payload: Payload,
    private readonly log: (msg: string) => void,
  ) {}

  /** The id of a record seeded earlier in this run, by kind and natural key. */
  private id(kind: string, key: string): Id {
    const id = this.ids.get(`${kind}:${key}`)
    if (id === undefined) throw new Error(`Seed data refers to unknown ${kind} "${key}".`)
    return id
  }

  private ref = (ref: ItemRef) => ({
    relationTo: ref.collection,
    value: this.id(ref.collection, ref.slug),
  })

  private optionalId = (kind: string, key: string | undefined) =>
    key === undefined ? undefined : this.id(kind, key)

  /** Finds a record by its natural key or creates it; remembers its id under `kind:key`. */
  private async ensure(
    collection: CollectionSlug,
    where: Where,
    key: string,
    create: () => Promise<{ id: Id }>,
    kind: string = collection,
  ): Promise<Id> {
    const found = await this.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
    })
    let id = found.docs[0]?.id as Id | undefined
    if (id !== undefined) {
      this.skipped++
    } else {
      id = (await create()).id
      this.created++
      this.log(`+ ${collection}: ${key}`)
    }
    this.ids.set(`${kind}:${key}`, id)
    return id
  }

  /**
   * Adds the English version of a record unless it has one (read without locale fallback, so
   * a record that only has Vietnamese shows up as untranslated).
   */
  private async ensureEnglish(
    collection: CollectionSlug,
    id: Id,
    probe: string,
    data: Record<string, unknown> | ((doc: Record<string, unknown>) => Record<string, unknown>),
  ): Promise<void> {
    const doc = (await this.payload.findByID({
      collection,
      id,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    if (doc[probe]) return
    await this.payload.update({
      context: SEED_CONTEXT,
      collection,
      id,
      locale: 'en',
      data: typeof data === 'function' ? data(doc) : data,
      depth: 0,
      overrideAccess: true,
    })
    this.log(`  en: ${collection} #${id}`)
  }

  async seedTaxonomy({ outlets, topics }: SeedContent): Promise<void> {
    for (const outlet of outlets) {
      const id = await this.ensure('outlets', { slug: { equals: outlet.slug } }, outlet.slug, () =>
        this.payload.create({
          context: SEED_CONTEXT,
          collection: 'outlets',
          data: {
            name: outlet.name.vi,
            shortName: outlet.shortName,
            kind: outlet.kind,
            website: outlet.website,
            description: outlet.description.vi,
            slug: outlet.slug,
            managesDirectory: outlet.managesDirectory ?? false,
          },
          depth: 0,
          overrideAccess: true,
        }),
      )
      await this.ensureEnglish('outlets', id, 'name', {
        name: outlet.name.en,
        description: outlet.description.en,
      })
    }
    for (const topic of topics) {
      const id = await this.ensure('topics', { slug: { equals: topic.slug } }, topic.slug, () =>
        this.payload.create({
          context: SEED_CONTEXT,
          collection: 'topics',
          data: { name: topic.name.vi, description: topic.description.vi, slug: topic.slug },
          depth: 0,
          overrideAccess: true,
        }),
      )
      await this.ensureEnglish('topics', id, 'name', {
        name: topic.name.en,
        description: topic.description.en,
      })
    }
  }

  /** Creates missing demo accounts; returns the password if any account was created. */
  async seedUsers({ users }: SeedContent, password: string): Promise<string | null> {
    let createdAny = false
    for (const user of users) {
      await this.ensure('users', { email: { equals: user.email } }, user.email, async () => {
        createdAny = true
        return this.payload.create({
          context: SEED_CONTEXT,
          collection: 'users',
          data: {
            email: user.email,
            password,
            name: user.name,
            role: user.role,
            outlet: this.optionalId('outlets', user.outlet),
          },
          depth: 0,
          overrideAccess: true,
        })
      })
    }
    return createdAny ? password : null
  }

  async seedFiles({ media, documents }: SeedContent): Promise<void> {
    for (const item of media) {
      const where: Where = {
        or: [
          { filename: { equals: item.filename } },
          { filename: { equals: storedFilename(item.filename) } },
          { alt: { equals: item.alt.vi } },
        ],
      }
      const id = await this.ensure(
        'media',
        where,
        item.key,
        async () => {
          const data = await renderIllustration(item.illustration)
          return this.payload.create({
            context: SEED_CONTEXT,
            collection: 'media',
            data: { alt: item.alt.vi, caption: item.caption.vi, credit: item.credit },
            file: { data, mimetype: 'image/jpeg', name: item.filename, size: data.length },
            depth: 0,
            overrideAccess: true,
          })
        },
        'media',
      )
      await this.ensureEnglish('media', id, 'alt', { alt: item.alt.en, caption: item.caption.en })
    }
    for (const document of documents) {
      const where: Where = {
        or: [{ filename: { equals: document.filename } }, { title: { equals: document.title.vi } }],
      }
      const id = await this.ensure('documents', where, document.key, () => {
        const data = document.pdf()
        return this.payload.create({
          context: SEED_CONTEXT,
          collection: 'documents',
          data: { title: document.title.vi },
          file: { data, mimetype: 'application/pdf', name: document.filename, size: data.length },
          depth: 0,
          overrideAccess: true,
        })
      })
      await this.ensureEnglish('documents', id, 'title', { title: document.title.en })
    }
  }

  /** Published answers (Hỏi đáp), found again by the asker's demo address. */
  async seedQuestions({ questions }: SeedContent): Promise<void> {
    const now = Date.now()
    for (const q of questions) {
      const email = `hoi-dap-${q.key}@example.vn`
      const publishedAt = new Date(now - q.daysAgo * 24 * 60 * 60 * 1000).toISOString()
      await this.ensure('questions', { email: { equals: email } }, q.key, () =>
        this.payload.create({
          context: SEED_CONTEXT,
          collection: 'questions',
          data: {
            name: 'Người hỏi (dữ liệu mẫu)',
            email,
            topic: this.id('topics', q.topic),
            language: q.language,
            question: q.question,
            answer: q.answer,
            answeringUnit: q.answeringUnit,
            citedNotices: q.cites.map((slug) => this.id('policy-notices', slug)),
            status: 'published',
            receivedAt: publishedAt,
            publishedAt,
            // Demo askers are never e-mailed.
            answerEmailedAt: publishedAt,
          },
          depth: 0,
          overrideAccess: true,
        }),
      )
    }
  }

  async seedNotices({ notices }: SeedContent): Promise<void> {
    for (const notice of notices) {
      const documentNumber = cleanDocumentNumber(notice.documentNumber)
      const noticeKey = `${documentNumber}|${notice.issuingBody}`
      const where: Where = {
        and: [
          { documentNumber: { equals: documentNumber } },
          { issuingBody: { equals: notice.issuingBody } },
        ],
      }
      const id = await this.ensure(
        'policy-notices',
        where,
        noticeKey,
        () =>
          this.payload.create({
            context: SEED_CONTEXT,
            collection: 'policy-notices',
            data: {
              title: notice.title,
              documentNumber,
              documentType: notice.documentType,
              issuingBody: notice.issuingBody,
              field: notice.field,
              signer: {
                authority: notice.signer.authority,
                onBehalfOf: notice.signer.onBehalfOf?.vi,
                position: notice.signer.position?.vi,
                name: notice.signer.name,
              },
              issueDate: notice.issueDate,
              effectiveDate: notice.effectiveDate,
              legalStatusOverride: notice.legalStatusOverride,
              abstract: notice.abstract,
              fullText: notice.fullText,
              attachments: notice.attachments?.map((key) => this.id('documents', key)),
              relations: notice.relations?.map((relation) => ({
                relation: relation.relation,
                notice: this.id(
                  'notice',
                  `${cleanDocumentNumber(relation.documentNumber)}|${relation.issuingBody}`,
                ),
              })),
              slug: notice.slug,
              outlet: this.optionalId('outlets', notice.outlet),
              topics: notice.topics.map((slug) => this.id('topics', slug)),
              cover: this.optionalId('media', notice.cover),
              publishedAt: notice.publishedAt,
              consultation: notice.consultation && {
                opensAt: notice.consultation.opensAt,
                closesAt: notice.consultation.closesAt,
                summary: notice.consultation.summary?.vi,
              },
              _status: notice.status,
            },
            draft: notice.status === 'draft',
            depth: 0,
            overrideAccess: true,
          }),
        'notice',
      )
      this.ids.set(`policy-notices:${notice.slug}`, id)
      if (notice.en) {
        await this.ensureEnglish('policy-notices', id, 'title', {
          title: notice.en.title,
          abstract: notice.en.abstract,
          fullText: notice.en.fullText,
          ...(notice.consultation?.summary && {
            consultation: { summary: notice.consultation.summary.en },
          }),
          signer: {
            authority: notice.signer.authority,
            onBehalfOf: notice.signer.onBehalfOf?.en,
            position: notice.signer.position?.en,
            name: notice.signer.name,
          },
        })
      }
    }
  }

  async seedArticles({ articles }: SeedContent): Promise<void> {
    for (const article of articles) {
      const id = await this.ensure(
        'articles',
        { slug: { equals: article.slug } },
        article.slug,
        () =>
          this.payload.create({
            context: SEED_CONTEXT,
            collection: 'articles',
            data: {
              title: article.title,
              sapo: article.sapo,
              body: article.body,
              corrections: article.corrections?.map(({ date, note }) => ({ date, note: note.vi })),
              slug: article.slug,
              publishedAt: article.publishedAt,
              outlet: this.id('outlets', article.outlet),
              authors: article.authors.map((email) => this.id('users', email)),
              topics: article.topics.map((slug) => this.id('topics', slug)),
              cover: this.optionalId('media', article.cover),
              _status: article.status,
            },
            draft: article.status === 'draft',
            depth: 0,
            overrideAccess: true,
          }),
      )
      const { en, corrections = [] } = article
      if (!en) continue
      // A correction's note is localized and required: the English version needs its own, set
      // on the existing rows (by id) so the Vietnamese notes stay attached.
      await this.ensureEnglish('articles', id, 'title', (doc) => ({
        ...en,
        corrections: ((doc.corrections ?? []) as { id: string; date: string }[]).map((row, i) => ({
          id: row.id,
          date: row.date,
          note: corrections[i]?.note.en,
        })),
      }))
    }
  }

  async seedFeatures({ features }: SeedContent): Promise<void> {
    for (const feature of features) {
      const id = await this.ensure(
        'features',
        { slug: { equals: feature.slug } },
        feature.slug,
        () =>
          this.payload.create({
            context: SEED_CONTEXT,
            collection: 'features',
            data: {
              title: feature.title,
              format: feature.format,
              programme: feature.programme?.vi,
              airDate: feature.airDate,
              durationSeconds: feature.durationSeconds,
              editionDate: feature.editionDate,
              page: feature.page,
              summary: feature.summary,
              youtubeUrl: feature.youtubeUrl,
              body: feature.body,
              transcript: feature.transcript,
              slug: feature.slug,
              publishedAt: feature.publishedAt,
              outlet: this.id('outlets', feature.outlet),
              topics: feature.topics.map((slug) => this.id('topics', slug)),
              cover: this.optionalId('media', feature.cover),
              _status: feature.status,
            },
            draft: feature.status === 'draft',
            depth: 0,
            overrideAccess: true,
          }),
      )
      if (feature.en) {
        await this.ensureEnglish('features', id, 'title', {
          ...feature.en,
          programme: feature.programme?.en,
        })
      }
    }
  }

  async seedEvents({ events }: SeedContent): Promise<void> {
    const timezone = PORTAL_TIME_ZONE
    for (const event of events) {
      const id = await this.ensure('events', { slug: { equals: event.slug } }, event.slug, () =>
        this.payload.create({
          context: SEED_CONTEXT,
          collection: 'events',
          data: {
            title: event.title,
            summary: event.summary,
            startsAt: event.startsAt,
            startsAt_tz: timezone,
            endsAt: event.endsAt,
            endsAt_tz: event.endsAt ? timezone : undefined,
            allDay: event.allDay ?? false,
            venue: event.venue && {
              name: event.venue.name.vi,
              address: event.venue.address,
              mapUrl: event.venue.mapUrl,
            },
            onlineUrl: event.onlineUrl,
            organiser: event.organiser.vi,
            registrationUrl: event.registrationUrl,
            registrationDeadline: event.registrationDeadline,
            registrationDeadline_tz: event.registrationDeadline ? timezone : undefined,
            body: event.body,
            slug: event.slug,
            eventStatus: event.eventStatus,
            publishedAt: event.publishedAt,
            outlet: this.optionalId('outlets', event.outlet),
            topics: event.topics.map((slug) => this.id('topics', slug)),
            cover: this.optionalId('media', event.cover),
            _status: event.status,
          },
          draft: event.status === 'draft',
          depth: 0,
          overrideAccess: true,
        }),
      )
      const venue = event.venue
      if (event.en) {
        await this.ensureEnglish('events', id, 'title', {
          ...event.en,
          organiser: event.organiser.en,
          ...(venue && {
            venue: { name: venue.name.en, address: venue.address, mapUrl: venue.mapUrl },
          }),
        })
      }
    }
  }

  /**
   * Sets "related items" once everything exists (links may point forwards, e.g. an article to
   * a later event). Items whose list is already filled are left as editors arranged them.
   */
  async linkRelatedItems({ articles, features, events }: SeedContent): Promise<void> {
    const withLinks: {
      collection: Exclude<ContentCollection, 'policy-notices'>
      slug: string
      related?: ItemRef[]
    }[] = [
      ...articles.map((item) => ({ collection: 'articles' as const, ...item })),
      ...features.map((item) => ({ collection: 'features' as const, ...item })),
      ...events.map((item) => ({ collection: 'events' as const, ...item })),
    ]
    for (const item of withLinks) {
      if (!item.related?.length) continue
      const id = this.id(item.collection, item.slug)
      const doc = await this.payload.findByID({
        collection: item.collection,
        id,
        depth: 0,
        overrideAccess: true,
        select: { related: true },
      })
      if (doc.related?.length) continue
      await this.payload.update({
        context: SEED_CONTEXT,
        collection: item.collection,
        id,
        data: { related: item.related.map(this.ref) },
        depth: 0,
        overrideAccess: true,
      })
      this.log(`  related: ${item.collection}/${item.slug}`)
    }
  }
}
