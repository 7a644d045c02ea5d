import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { requestSiteRebuild, scheduleSiteRefresh } from './queue'

/**
 * Which changes of a collection alter what the public sees:
 * - `content` (articles, features, notices, events; drafts on): a save that publishes, edits a
 *   published item or unpublishes it, and deleting a published item. Draft saves and autosaves
 *   of a live item leave the live version untouched and are not public.
 * - `taxonomy` (topics, outlets): every change (names, slugs and descriptions are on pages).
 * - `upload` (media, documents): replacing, editing or deleting a file (a new upload is public
 *   only once a published item uses it, and that item's save queues the build).
 * - `byline` (users): a changed display name or a deleted account (bylines).
 */
export type PublicChangeRule = 'content' | 'taxonomy' | 'upload' | 'byline' | 'answers'

/** Set `context: { skipSiteRebuild: true }` on a Local API call to save without a rebuild (bulk imports). */
export const SKIP_SITE_REBUILD = 'skipSiteRebuild'

type Doc = { id: number | string; _status?: string | null; name?: unknown; status?: unknown }

/**
 * The moments at which a published item looks different without being saved, by field: an
 * event's start and end (upcoming → past), a consultation's opening and closing (the comment
 * form comes and goes). Values are ISO dates, or empty.
 */
export type TimeBoundaries = (doc: Record<string, unknown>) => Record<string, unknown>

const statusOf = (doc: Doc | null | undefined) => doc?._status ?? null

/**
 * Whether a save changed the public site. For `content`, a draft save after a published
 * version is either an unpublish (the live row is now a draft) or a draft of a live item (the
 * live row is still published): only the database can tell them apart.
 */
export async function isPublicChange(args: {
  rule: PublicChangeRule
  collection: SanitizedCollectionConfig
  operation: 'create' | 'update' | 'delete'
  doc: Doc
  previousDoc?: Doc | null
  req: PayloadRequest
}): Promise<boolean> {
  const { rule, collection, operation, doc, previousDoc, req } = args
  switch (rule) {
    case 'taxonomy':
      return true
    case 'upload':
      return operation !== 'create'
    case 'answers':
      // A question is public while it is published: its arrival and moderation are not.
      return doc.status === 'published' || previousDoc?.status === 'published'
    case 'byline':
      return operation === 'delete' || (operation === 'update' && doc.name !== previousDoc?.name)
    case 'content': {
      if (!collection.versions?.drafts) return true
      if (operation === 'delete') return statusOf(doc) === 'published'
      if (statusOf(doc) === 'published') return true
      if (statusOf(previousDoc) !== 'published') return false
      const live = (await req.payload.db.findOne({
        collection: collection.slug,
        where: { id: { equals: doc.id } },
        req,
      })) as Doc | null
      return statusOf(live) !== 'published'
    }
  }
}

const describe = (collection: string, doc: Doc, what: string) => `${collection} ${doc.id}: ${what}`

function whatHappened(operation: string, doc: Doc, previousDoc?: Doc | null): string {
  if (operation === 'delete') return 'deleted'
  const now = statusOf(doc)
  const before = statusOf(previousDoc)
  if (now === 'published' && before !== 'published') return 'published'
  if (now !== 'published' && before === 'published') return 'unpublished'
  return operation === 'create' ? 'created' : 'updated'
}

/** Queues a rebuild at each future moment the published item changes by itself. */
async function scheduleRefreshes(
  boundaries: TimeBoundaries,
  {
    collection,
    doc,
    req,
  }: { collection: SanitizedCollectionConfig; doc: Doc; req: PayloadRequest },
) {
  for (const [field, value] of Object.entries(boundaries(doc as Record<string, unknown>))) {
    const at = typeof value === 'string' ? new Date(value) : null
    if (!at || Number.isNaN(at.getTime())) continue
    await scheduleSiteRefresh(req.payload, {
      req,
      at,
      reason: describe(collection.slug, doc, `${field} reached`),
    })
  }
}

async function queueIfPublic(
  args: Parameters<typeof isPublicChange>[0] & {
    context: Record<string, unknown>
    boundaries?: TimeBoundaries
  },
) {
  if (args.context[SKIP_SITE_REBUILD]) return
  try {
    if (!(await isPublicChange(args))) return
    const reason = describe(
      args.collection.slug,
      args.doc,
      whatHappened(args.operation, args.doc, args.previousDoc),
    )
    await requestSiteRebuild(args.req.payload, { req: args.req, reason })
    if (args.boundaries && args.operation !== 'delete' && statusOf(args.doc) === 'published') {
      await scheduleRefreshes(args.boundaries, args)
    }
  } catch (error) {
    // The editor's save stands; the next public change queues a build again.
    args.req.payload.logger.error({ err: error, msg: 'Could not queue a site rebuild' })
  }
}

/**
 * Collection hooks that queue a site rebuild (coalesced, debounced, in the change's
 * transaction) whenever a change alters what the public sees. `sitePublishing()` adds them to
 * the collections it knows; add them by hand to others.
 *
 * @example
 * const rebuild = queueSiteRebuild('content')
 * hooks: { afterChange: [logEditorialEvent, rebuild.afterChange], afterDelete: [rebuild.afterDelete] }
 */
export function queueSiteRebuild(
  rule: PublicChangeRule = 'content',
  boundaries?: TimeBoundaries,
): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ collection, context, doc, operation, previousDoc, req }) => {
      await queueIfPublic({
        rule,
        collection,
        context,
        operation,
        doc,
        previousDoc,
        req,
        boundaries,
      })
      return doc
    },
    afterDelete: async ({ collection, context, doc, req }) => {
      await queueIfPublic({ rule, collection, context, operation: 'delete', doc, req })
      return doc
    },
  }
}

/**
 * A global hook that queues a site rebuild on every change (globals such as `programme` and
 * `portal-links` are shown on the portal). `sitePublishing()` adds it to every global but
 * `site-status`.
 *
 * @example
 * hooks: { afterChange: [queueSiteRebuildOnGlobalChange()] }
 */
export function queueSiteRebuildOnGlobalChange(): GlobalAfterChangeHook {
  return async ({ context, doc, global, req }) => {
    if (context[SKIP_SITE_REBUILD]) return doc
    try {
      await requestSiteRebuild(req.payload, { req, reason: `${global.slug}: updated` })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Could not queue a site rebuild' })
    }
    return doc
  }
}
