import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { takeEvents, type PendingEvent } from '../lib/editorialContext'
import { relationId } from '../lib/roles'

type Item = { id: number | string; outlet?: unknown; createdBy?: unknown } & Record<string, unknown>

async function writeLog(
  req: PayloadRequest,
  collection: { slug: string; admin?: { useAsTitle?: string } },
  doc: Item,
  events: PendingEvent[],
) {
  // News items have a title, directory profiles a name: whatever the admin shows as the title.
  const title = doc[collection.admin?.useAsTitle ?? 'title']
  for (const event of events) {
    // The log is the system's record, written whatever the acting user may read; it shares the
    // save's transaction, so a refused save leaves no entry.
    await req.payload.create({
      collection: 'workflow-events',
      data: {
        action: event.action,
        // A deleted item can no longer be linked to; its entries keep the title.
        item:
          event.action === 'deleted'
            ? undefined
            : { relationTo: collection.slug as 'articles', value: doc.id as number },
        itemTitle: typeof title === 'string' ? title.slice(0, 300) : String(doc.id),
        outlet: relationId(doc.outlet) as number | null,
        author: relationId(doc.createdBy) as number | null,
        actor: (req.user?.id as number | undefined) ?? null,
        note: event.note ?? undefined,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/** Records submit, return, publish, unpublish and correction events with who and when. */
export const logEditorialEvent: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const events = takeEvents(req)
  if (events.length > 0) await writeLog(req, collection, doc, events)
  return doc
}

/** Records who deleted an item (its log entries keep the title, the link goes). */
export const logEditorialDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeLog(req, collection, doc, [{ action: 'deleted' }])
  return doc
}
