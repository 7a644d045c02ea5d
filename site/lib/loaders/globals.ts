import type { Payload } from 'payload'

import { webLink } from '@collections/lib/links'
import type { PortalLink, Programme } from '@collections/payload-types'
import { LANGS, type Lang } from '../i18n'
import type { GlobalEntry, PortalLinkEntry, ProgrammeContent } from '../types'
import { textOrNull } from './shared'

const lines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)

export function toProgrammeContent(doc: Programme): ProgrammeContent {
  const lead = doc.leadAgency ?? {}
  return {
    intro: lines(doc.intro),
    tasks: (doc.tasks ?? [])
      .filter((t) => t.title?.trim())
      .map((t) => ({ title: t.title, description: textOrNull(t.description) })),
    targets: (doc.targets ?? [])
      .filter((t) => t.figure?.trim() && t.label?.trim())
      .map((t) => ({ figure: t.figure, label: t.label })),
    leadAgency: {
      name: textOrNull(lead.name),
      address: textOrNull(lead.address),
      phone: textOrNull(lead.phone),
      email: textOrNull(lead.email),
      website: webLink(lead.website),
    },
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

/**
 * The CMS globals the site shows, in both languages. English falls back to the Vietnamese
 * text field by field (the CMS's locale fallback), as an untranslated name is still a name.
 */
export async function loadGlobals(payload: Payload): Promise<GlobalEntry[]> {
  const read = <S extends 'programme' | 'portal-links'>(slug: S, locale: Lang) =>
    payload.findGlobal({ slug, locale, depth: 0, overrideAccess: false })
  const [programme, links] = await Promise.all([
    Promise.all(LANGS.map((lang) => read('programme', lang))),
    Promise.all(LANGS.map((lang) => read('portal-links', lang))),
  ])
  const byLang = <T>(docs: T[]) => Object.fromEntries(LANGS.map((lang, i) => [lang, docs[i]]))
  const p = byLang(programme.map((doc) => toProgrammeContent(doc as Programme)))
  const l = byLang(links.map((doc) => toPortalLinks(doc as PortalLink)))
  return [
    { slug: 'programme', vi: p.vi, en: p.en },
    { slug: 'portal-links', vi: l.vi, en: l.en },
  ]
}
