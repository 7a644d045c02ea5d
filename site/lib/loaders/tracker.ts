import type { Payload } from 'payload'

import { vietnamDay } from '@collections/lib/calendarDay'
import { computeProgrammeProgress } from '@collections/lib/programmeProgress'
import type { ProgrammePlan } from '@collections/payload-types'
import type { TrackerDirectory, TrackerEntry } from '../types'
import { textOrNull } from './shared'

const idOf = (value: unknown): number | string | null =>
  typeof value === 'object' && value !== null && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string | null)

/**
 * The programme tracker, read as the public: the published directory (ids replaced by slugs, so
 * the figures' "records counted" are public addresses, not database ids), the current programme
 * (else the latest finished one) in both languages, and its progress computed on the build's
 * day (`computeProgrammeProgress`). No programme published: no entry, no tracker page.
 */
export async function loadTracker(payload: Payload): Promise<TrackerEntry[]> {
  const asPublic = { overrideAccess: false, pagination: false, depth: 0 } as const
  const [programmes, startups, people, organizations] = await Promise.all([
    payload.find({ collection: 'programmes', ...asPublic, locale: 'vi', sort: '-periodEnd' }),
    payload.find({ collection: 'startups', ...asPublic, locale: 'vi', sort: 'name' }),
    payload.find({ collection: 'people', ...asPublic, locale: 'vi', sort: 'name' }),
    payload.find({ collection: 'support-organizations', ...asPublic, locale: 'vi', sort: 'name' }),
  ])
  const programme =
    programmes.docs.find((p) => p.status === 'current') ??
    programmes.docs.find((p) => p.status === 'finished')
  if (!programme) return []
  const en = (await payload.findByID({
    collection: 'programmes',
    id: programme.id,
    locale: 'en',
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
  })) as ProgrammePlan
  const legalText = programme.legalText
    ? await payload
        .find({
          collection: 'policy-notices',
          where: { id: { equals: idOf(programme.legalText) } },
          ...asPublic,
          select: { slug: true },
        })
        .then((r) => r.docs[0]?.slug ?? null)
    : null

  const orgSlug = new Map(organizations.docs.map((o) => [o.id, o.slug]))
  const directory: TrackerDirectory = {
    startups: startups.docs.map((s) => ({
      slug: s.slug!,
      name: s.name,
      sector: s.sector ?? null,
      stage: s.stage ?? null,
      district: s.district ?? null,
      registrationNumber: s.registrationNumber ?? null,
      registrationDate: vietnamDay(s.registrationDate),
      website: s.website ?? null,
      supportRecords: (s.supportRecords ?? []).map((r) => ({
        year: r.year,
        kind: r.kind,
        provider: orgSlug.get(idOf(r.provider) as number) ?? null,
      })),
      fundingRounds: (s.fundingRounds ?? []).map((f) => ({
        date: vietnamDay(f.date)!,
        amountVnd: f.amountVnd ?? null,
      })),
    })),
    people: people.docs.map((p) => ({
      slug: p.slug!,
      name: p.name,
      roles: p.roles ?? [],
      organisation: p.organisation ?? null,
      reach: p.reach ?? null,
      expertise: p.expertise ?? [],
    })),
    organizations: organizations.docs.map((o) => ({
      slug: o.slug!,
      name: o.name,
      kinds: o.kinds ?? [],
      model: o.model ?? null,
      district: o.district ?? null,
      foundedYear: o.foundedYear ?? null,
      upgradedYear: o.upgradedYear ?? null,
      website: o.website ?? null,
    })),
  }

  const asOf = vietnamDay(new Date())!
  const targets = programme.targets ?? []
  const progress = computeProgrammeProgress(
    {
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      targets: targets.map((t) => ({
        key: t.key,
        measure: t.measure,
        minimum: t.minimum,
        maximum: t.maximum,
        unit: t.unit,
        deadline: t.deadline,
        manualFigures: (t.manualFigures ?? []).map((f) => ({
          value: f.value,
          asOf: f.asOf,
          source: f.sourceText ?? null,
        })),
      })),
      finalResults: (programme.finalResults ?? []).map((r) => ({
        targetKey: r.targetKey,
        achieved: r.achieved,
        asOf: r.asOf,
        source: r.source ?? null,
      })),
    },
    {
      startups: startups.docs.map((s) => ({
        id: s.slug!,
        registrationDate: s.registrationDate,
        supportRecords: s.supportRecords,
        fundingRounds: s.fundingRounds,
        updatedAt: s.updatedAt,
      })),
      organizations: organizations.docs.map((o) => ({ ...o, id: o.slug! })),
      people: people.docs.map((p) => ({
        id: p.slug!,
        roles: p.roles,
        published: true,
        updatedAt: p.updatedAt,
      })),
    },
    { asOf },
  )
  const enTargets = en.targets ?? []
  return [
    {
      slug: 'tracker',
      programme: {
        code: programme.code,
        title: { vi: programme.title, en: textOrNull(en.title) },
        summary: { vi: textOrNull(programme.summary), en: textOrNull(en.summary) },
        status: programme.status,
        periodStart: programme.periodStart,
        periodEnd: programme.periodEnd,
        legalTextSlug: legalText,
      },
      asOf,
      targets: targets.map((t, i) => {
        const source = t.manualFigures?.at(-1)?.sourceText
        const enRow = enTargets.find((row) => row.id === t.id)
        return {
          label: { vi: t.label, en: textOrNull(enRow?.label) },
          source: source
            ? {
                vi: source,
                en: textOrNull(enRow?.manualFigures?.at(-1)?.sourceText),
              }
            : null,
          progress: progress.targets[i]!,
        }
      }),
      supportByYear: progress.supportByYear,
      directory,
    },
  ]
}
