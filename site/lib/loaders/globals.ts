import type { Payload } from 'payload'

import { pageLink, webLink } from '@collections/lib/links'
import type {
  PortalLink,
  Programme,
  PublicInformation,
  StartupProcedure,
} from '@collections/payload-types'
import { LANGS, type Lang } from '../i18n'
import type {
  AgencyContacts,
  GlobalEntry,
  PortalLinkEntry,
  ProgrammeContent,
  PublicInformationContent,
  StartupProceduresContent,
} from '../types'
import { textOrNull } from './shared'

const lines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)

function toAgencyContacts(lead: NonNullable<Programme['leadAgency']>): AgencyContacts {
  const responsible = lead.responsible ?? {}
  const officer = lead.contactOfficer ?? {}
  const officerName = textOrNull(officer.name)
  return {
    name: textOrNull(lead.name),
    address: textOrNull(lead.address),
    phone: textOrNull(lead.phone),
    email: textOrNull(lead.email),
    website: webLink(lead.website),
    responsible: textOrNull(responsible.name)
      ? { name: responsible.name!.trim(), position: textOrNull(responsible.position) }
      : null,
    contactOfficer:
      officerName || textOrNull(officer.email) || textOrNull(officer.phone)
        ? {
            name: officerName ?? '',
            position: textOrNull(officer.position),
            phone: textOrNull(officer.phone),
            email: textOrNull(officer.email),
          }
        : null,
  }
}

export function toProgrammeContent(doc: Programme): ProgrammeContent {
  return {
    intro: lines(doc.intro),
    tasks: (doc.tasks ?? [])
      .filter((t) => t.title?.trim())
      .map((t) => ({ title: t.title, description: textOrNull(t.description) })),
    leadAgency: toAgencyContacts(doc.leadAgency ?? {}),
    partners: (doc.partners ?? [])
      .filter((p) => p.name?.trim())
      .map((p) => ({ name: p.name, role: textOrNull(p.role), website: webLink(p.website) })),
  }
}

export function toPortalLinks(doc: PortalLink): PortalLinkEntry[] {
  return (doc.links ?? []).flatMap((link) => {
    const url = webLink(link.url)
    return url && link.label?.trim() ? [{ label: link.label, url }] : []
  })
}

/** Rows without a title or a link the policy accepts are left out, not printed half. */
export function toPublicInformation(doc: PublicInformation): PublicInformationContent {
  return {
    intro: lines(doc.intro),
    items: (doc.items ?? []).flatMap((item) => {
      const href = pageLink(item.location)
      return href && item.title?.trim()
        ? [
            {
              title: item.title,
              point: item.point ?? null,
              frequency: item.frequency,
              href,
              note: textOrNull(item.note),
            },
          ]
        : []
    }),
  }
}

export function toStartupProcedures(doc: StartupProcedure): StartupProceduresContent {
  return {
    intro: lines(doc.intro),
    procedures: (doc.procedures ?? [])
      .filter((p) => p.name?.trim())
      .map((p) => ({
        name: p.name,
        agency: textOrNull(p.agency),
        description: textOrNull(p.description),
        nationalUrl: webLink(p.nationalUrl),
        cityUrl: webLink(p.cityUrl),
      })),
  }
}

type SiteGlobal = 'programme' | 'portal-links' | 'public-information' | 'startup-procedures'

/**
 * The CMS globals the site shows, in both languages. English falls back to the Vietnamese
 * text field by field (the CMS's locale fallback), as an untranslated name is still a name.
 */
export async function loadGlobals(payload: Payload): Promise<GlobalEntry[]> {
  const read = async <S extends SiteGlobal>(slug: S) => {
    const docs = await Promise.all(
      LANGS.map((locale: Lang) =>
        payload.findGlobal({ slug, locale, depth: 0, overrideAccess: false }),
      ),
    )
    return <T>(map: (doc: (typeof docs)[number]) => T) =>
      Object.fromEntries(LANGS.map((lang, i) => [lang, map(docs[i]!)])) as Record<Lang, T>
  }
  const [programme, links, information, procedures] = await Promise.all([
    read('programme'),
    read('portal-links'),
    read('public-information'),
    read('startup-procedures'),
  ])
  return [
    { slug: 'programme', ...programme((doc) => toProgrammeContent(doc as Programme)) },
    { slug: 'portal-links', ...links((doc) => toPortalLinks(doc as PortalLink)) },
    {
      slug: 'public-information',
      ...information((doc) => toPublicInformation(doc as PublicInformation)),
    },
    {
      slug: 'startup-procedures',
      ...procedures((doc) => toStartupProcedures(doc as StartupProcedure)),
    },
  ]
}
