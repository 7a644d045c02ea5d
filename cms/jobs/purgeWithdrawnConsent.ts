import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { formatDay, vietnamDay } from '@collections/lib/calendarDay'
import {
  CONSENT_PURGE_TASK,
  isWithdrawn,
  type ConsentPurgeInput,
  type ConsentRecord,
} from '@collections/lib/consent'
import { purgeSiteCopies } from '../publish/purge'

type Founder = {
  id?: string | null
  name?: string | null
  email?: string | null
  consent?: ConsentRecord | null
}
type WithFounders = { founders?: Founder[] | null; _status?: string | null }
type StoredVersion = { id: number | string; version: WithFounders & Record<string, unknown> }

/** What the CMS side of a purge did (counts only: the outcome names nobody). */
export type CmsPurge = {
  /** The day the consent was withdrawn (dd/mm/yyyy), for the log. */
  withdrawnOn: string
  versionsRemoved: number
  versionsRewritten: number
  foundersRemoved: number
  unpublished: boolean
}

const SYSTEM = { overrideAccess: true, depth: 0 } as const

/** The log's stand-in for a person's name (the editorial log is kept; names are not). */
export const purgedTitle = (id: number | string) => `Hồ sơ #${id} (đã xoá dữ liệu cá nhân)`

const fold = (text: unknown) =>
  typeof text === 'string' ? text.normalize('NFC').trim().toLocaleLowerCase('vi') : ''

/**
 * A person whose consent is withdrawn: taken off the portal (the live row becomes the latest
 * draft, `_status: draft`, so the withdrawal stays on record for staff), every stored version
 * of the profile deleted, and the person's name in the editorial log replaced by a stand-in.
 * The record itself stays, staff-only, as the evidence of consent and withdrawal, until a
 * request for erasure deletes it. Nothing happens unless the latest version says withdrawn.
 */
async function purgePerson(
  payload: Payload,
  id: number | string,
  req: PayloadRequest,
): Promise<CmsPurge | null> {
  const latest = await payload
    .findByID({ collection: 'people', id, draft: true, req, ...SYSTEM })
    .catch(() => null)
  if (!latest || !isWithdrawn(latest.consent)) return null
  const wasLive = (
    (await payload.db.findOne({ collection: 'people', where: { id: { equals: id } }, req })) as {
      _status?: string
    } | null
  )?._status
  // As the system: the person's withdrawal binds the portal whatever the editor may do.
  await payload.update({
    collection: 'people',
    id,
    data: { _status: 'draft' },
    req,
    context: { skipSiteRebuild: true },
    ...SYSTEM,
  })
  const versions = { collection: 'people', where: { parent: { equals: id } }, req } as const
  const { totalDocs: removed } = await payload.countVersions({ ...versions, overrideAccess: true })
  await payload.db.deleteVersions(versions)
  await payload.update({
    collection: 'workflow-events',
    where: {
      and: [{ 'item.relationTo': { equals: 'people' } }, { 'item.value': { equals: id } }],
    },
    data: { itemTitle: purgedTitle(id) },
    req,
    ...SYSTEM,
  })
  return {
    withdrawnOn: formatDay(vietnamDay(latest.consent!.withdrawnAt)!),
    versionsRemoved: removed,
    versionsRewritten: 0,
    foundersRemoved: 0,
    unpublished: wasLive === 'published',
  }
}

/**
 * A startup with founders who withdrew: those founders' rows (name, e-mail, phone, consent) are
 * removed from the live row and from every stored version, which are rewritten in place through
 * the database adapter (so the startup keeps its history and its state: a published startup
 * stays published, a pending draft stays pending). A founder is recognised in older versions by
 * the row's id, name or e-mail, so a row re-added under a new id goes too.
 */
async function purgeFounders(
  payload: Payload,
  id: number | string,
  req: PayloadRequest,
): Promise<CmsPurge | null> {
  const live = (await payload.db.findOne({
    collection: 'startups',
    where: { id: { equals: id } },
    req,
  })) as (WithFounders & Record<string, unknown>) | null
  if (!live) return null
  const { docs: versions } = (await payload.db.findVersions({
    collection: 'startups',
    where: { parent: { equals: id } },
    pagination: false,
    limit: 0,
    req,
  })) as unknown as { docs: StoredVersion[] }

  const withdrawn = [live, ...versions.map((v) => v.version)].flatMap((doc) =>
    (doc.founders ?? []).filter((founder) => isWithdrawn(founder.consent)),
  )
  if (withdrawn.length === 0) return null
  const ids = new Set(withdrawn.map((f) => f.id).filter(Boolean))
  const names = new Set(withdrawn.map((f) => fold(f.name)).filter(Boolean))
  const emails = new Set(withdrawn.map((f) => fold(f.email)).filter(Boolean))
  const isGone = (f: Founder) =>
    (f.id && ids.has(f.id)) || names.has(fold(f.name)) || emails.has(fold(f.email))
  const without = (founders: Founder[] | null | undefined) =>
    (founders ?? []).filter((f) => !isGone(f))

  let foundersRemoved = 0
  if ((live.founders ?? []).some(isGone)) {
    foundersRemoved = (live.founders ?? []).filter(isGone).length
    await payload.db.updateOne({
      collection: 'startups',
      id,
      data: { ...live, founders: without(live.founders) },
      req,
    })
  }
  let versionsRewritten = 0
  for (const stored of versions) {
    if (!(stored.version.founders ?? []).some(isGone)) continue
    await payload.db.updateVersion({
      collection: 'startups',
      id: stored.id,
      versionData: {
        ...(stored as unknown as Record<string, unknown>),
        version: { ...stored.version, founders: without(stored.version.founders) },
      } as never,
      req,
    })
    versionsRewritten++
  }
  const days = withdrawn.flatMap((f) => vietnamDay(f.consent?.withdrawnAt) ?? []).sort()
  return {
    withdrawnOn: formatDay(days.at(-1)!),
    versionsRemoved: 0,
    versionsRewritten,
    foundersRemoved,
    unpublished: false,
  }
}

/**
 * The CMS side of a purge (`purgePerson` or `purgeFounders`), or null when the record says
 * nobody withdrew (already erased, consent restored, the record deleted).
 */
export async function purgeWithdrawnConsentFromCms(
  payload: Payload,
  { collection, id }: { collection: ConsentPurgeInput['collection']; id: number | string },
  req: PayloadRequest,
): Promise<CmsPurge | null> {
  return collection === 'people' ? purgePerson(payload, id, req) : purgeFounders(payload, id, req)
}

/**
 * Erases a person whose consent was withdrawn from every copy (Law 91/2025/QH15: 15 days to act
 * on a withdrawal), queued by the people and startups hooks (collections/hooks/
 * queueConsentPurge.ts) and run by the worker on the `default` queue, under its leader lock:
 *
 * 1. the CMS: the profile unpublished and its versions deleted, or the founder's rows removed
 *    from the startup and every version of it; names in the editorial log replaced;
 * 2. the site: a new release without them, then every older release, search index and share
 *    card that is not the live one's removed (cms/publish/purge.ts);
 * 3. the editorial log records what was done, by whom (who recorded the withdrawal) and when —
 *    counts and the record's id, never the person's data.
 *
 * Every step can run again without harm, so a run interrupted by a restart (the worker runs it
 * again, cms/worker/recovery.ts) or a failed build (retried) finishes the job.
 */
export const purgeWithdrawnConsentTask: TaskConfig<{
  input: ConsentPurgeInput
  output: { versions: number; founders: number; releasesRemoved: number; cardsRemoved: number }
}> = {
  slug: CONSENT_PURGE_TASK,
  label: 'Erase a person who withdrew their consent from every copy',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'requestedBy', type: 'text' },
  ],
  outputSchema: [
    { name: 'versions', type: 'number' },
    { name: 'founders', type: 'number' },
    { name: 'releasesRemoved', type: 'number' },
    { name: 'cardsRemoved', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const collection = input.collection === 'startups' ? 'startups' : 'people'
    const id = Number.isFinite(Number(input.id)) ? Number(input.id) : input.id
    const cms = await purgeWithdrawnConsentFromCms(payload, { collection, id }, req)
    const site = await purgeSiteCopies(payload, {
      trigger: `${collection} ${id}: consent withdrawn`,
    })
    if (cms) {
      const what =
        collection === 'people'
          ? `hồ sơ gỡ xuống, ${cms.versionsRemoved} phiên bản đã xoá / profile unpublished, ${cms.versionsRemoved} versions deleted`
          : `${cms.foundersRemoved} người sáng lập bỏ khỏi hồ sơ, ${cms.versionsRewritten} phiên bản đã sửa / ${cms.foundersRemoved} founders removed, ${cms.versionsRewritten} versions rewritten`
      const copies = site
        ? `; cổng: bản dựng ${site.release}, ${site.releasesRemoved} bản cũ, ${site.cardsRemoved} ảnh chia sẻ đã xoá / site: release ${site.release}, ${site.releasesRemoved} old releases and ${site.cardsRemoved} cards removed`
        : ''
      const requestedBy = Number(input.requestedBy)
      await payload.create({
        collection: 'workflow-events',
        data: {
          action: 'purged',
          item: { relationTo: collection, value: id as number },
          itemTitle:
            collection === 'people'
              ? purgedTitle(id)
              : String(
                  (await payload.findByID({ collection: 'startups', id, req, ...SYSTEM })).name,
                ),
          actor: Number.isInteger(requestedBy) && requestedBy > 0 ? requestedBy : null,
          note: `Rút lại sự đồng ý ngày ${cms.withdrawnOn}: ${what}${copies}.`,
        },
        req,
        ...SYSTEM,
      })
    }
    return {
      output: {
        versions: (cms?.versionsRemoved ?? 0) + (cms?.versionsRewritten ?? 0),
        founders: cms?.foundersRemoved ?? 0,
        releasesRemoved: site?.releasesRemoved ?? 0,
        cardsRemoved: site?.cardsRemoved ?? 0,
      },
    }
  },
}
