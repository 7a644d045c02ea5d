import fs from 'node:fs/promises'
import path from 'node:path'

import { COLLECTION_OF } from '@collections/vocabulary/contentTypes'
import { DOCUMENT_TYPE_OPTIONS } from '@collections/vocabulary/documentTypes'
import { PORTAL_TIME_ZONE } from '@collections/vocabulary/timeZone'
import { mediaDir } from '@collections/lib/paths'
import { strings, type Lang } from '../i18n'
import { getCardHash, getOrRenderCard, type CardData } from '@channels/cards'
import { chooseShareImage, getGeneratedShareImage, type ChosenShareImage } from '@channels/share'
import { cardPath } from '../routes'
import type { ItemEntry, Picture, ProfileEntry } from '../types'
import { DIRECTORY_TYPES } from '@collections/vocabulary/directory'

/**
 * The glue between the site's content entries and the share-card module: which card an item
 * gets in each language, where it is served, and which picture stands for the item on social
 * networks and in feeds.
 */

const nameIn = (name: { vi: string; en: string | null } | undefined, lang: Lang) =>
  name ? ((lang === 'en' ? name.en : null) ?? name.vi) : null

/**
 * The card of `item` in `lang` (a language the item has a page in).
 *
 * @example
 * toCardData(article, 'vi') // { type: 'article', locale: 'vi', title, topic, outlet, publishedAt }
 */
export function toCardData(item: ItemEntry, lang: Lang): CardData {
  const common = { locale: lang, timeZone: PORTAL_TIME_ZONE }
  const outlet = nameIn(item.outlet?.name, lang)
  switch (item.kind) {
    case 'article': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return {
        ...common,
        type: 'article',
        outlet,
        title: text.title,
        topic: nameIn(item.topics[0]?.name, lang),
        publishedAt: item.publishedAt,
      }
    }
    case 'feature': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      const broadcast = item.format === 'tv' || item.format === 'radio'
      return {
        ...common,
        type: 'feature',
        outlet,
        title: text.title,
        format: item.format,
        programme: text.programme,
        airDate: broadcast
          ? (item.airDate ?? item.publishedAt)
          : item.format === 'newspaper'
            ? (item.editionDate ?? item.publishedAt)
            : item.publishedAt,
        page: item.page,
      }
    }
    case 'policy': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      const type = DOCUMENT_TYPE_OPTIONS.find((option) => option.value === item.documentType)
      return {
        ...common,
        type: 'policy-notice',
        title: text.title,
        // "Khác" (other) says nothing: the card then says "Văn bản".
        documentTypeLabel: type && type.value !== 'other' ? type.label[lang] : null,
        documentNumber: item.documentNumber,
        issuingBody: item.issuingBody,
        abstract: text.abstract,
        issueDate: item.issueDate,
      }
    }
    case 'event': {
      const text = (lang === 'en' ? item.en : null) ?? item.vi
      return {
        ...common,
        type: 'event',
        title: text.title,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        allDay: item.allDay,
        venue: text.venueName ?? item.vi.venueName,
        online: Boolean(item.onlineUrl),
        status: item.eventStatus,
        statusLabel:
          item.eventStatus === 'scheduled'
            ? null
            : strings(lang).event.statusLabel[item.eventStatus],
        organiser: text.organiser ?? item.vi.organiser,
      }
    }
  }
}

/** Site path of the item's generated card in `lang`, with its content hash. */
export function getCardPath(item: ItemEntry, lang: Lang): string {
  return cardPath(COLLECTION_OF[item.kind], item.slug, lang, getCardHash(toCardData(item, lang)))
}

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

function uploadedImage(picture: Picture | null, lang: Lang) {
  if (!picture) return null
  const ext = path.extname(decodeURIComponent(picture.full.src)).toLowerCase()
  return {
    url: picture.full.src,
    width: picture.full.width,
    height: picture.full.height,
    mimeType: MIME_TYPES[ext] ?? null,
    alt: (lang === 'en' ? picture.alt.en : null) ?? picture.alt.vi,
  }
}

/**
 * The picture that represents the item in `lang`: the editor's share image when it is usable
 * (chooseShareImage), else the generated card.
 */
export function getItemShareImage(item: ItemEntry, lang: Lang, site: URL): ChosenShareImage {
  const card = toCardData(item, lang)
  const generated = getGeneratedShareImage(new URL(getCardPath(item, lang), site).href, card)
  return chooseShareImage(uploadedImage(item.shareImage, lang), generated, site.href)
}

/** Renders (or reads from the cache) the item's card. */
export function getItemCard(item: ItemEntry, lang: Lang) {
  return getOrRenderCard(toCardData(item, lang))
}

const sizes = new Map<string, Promise<number>>()

/**
 * The byte length of the item's share image (RSS enclosures need it): the card's PNG, drawn
 * once and cached, or the uploaded file in MEDIA_DIR.
 */
export function getShareImageLength(item: ItemEntry, lang: Lang, image: ChosenShareImage) {
  const key = image.url
  if (!sizes.has(key)) {
    sizes.set(
      key,
      image.source === 'generated'
        ? getItemCard(item, lang).then((card) => card.png.byteLength)
        : fs
            .stat(
              path.join(
                mediaDir(),
                decodeURIComponent(new URL(image.url).pathname.replace(/^\/media\//, '')),
              ),
            )
            .then((stat) => stat.size),
    )
  }
  return sizes.get(key)!
}

/**
 * A directory profile's card in `lang`: drawn with the article template, the kind of profile
 * in the topic's place (Dự án khởi nghiệp, Tổ chức hỗ trợ…) and the name as the title; no date.
 */
export function toProfileCardData(entry: ProfileEntry, lang: Lang): CardData {
  return {
    locale: lang,
    timeZone: PORTAL_TIME_ZONE,
    type: 'article',
    title: entry.name,
    topic: strings(lang).directory.kinds[entry.kind],
    outlet: strings(lang).directory.title,
    publishedAt: null,
  }
}

/** Site path of a profile's card in `lang`, with its content hash. */
export function getProfileCardPath(entry: ProfileEntry, lang: Lang): string {
  const collection = DIRECTORY_TYPES.find((type) => type.kind === entry.kind)!.collection
  return cardPath(collection, entry.slug, lang, getCardHash(toProfileCardData(entry, lang)))
}

/** The picture that represents a profile on social networks: its generated card. */
export function getProfileShareImage(entry: ProfileEntry, lang: Lang, site: URL): ChosenShareImage {
  const card = toProfileCardData(entry, lang)
  const generated = getGeneratedShareImage(
    new URL(getProfileCardPath(entry, lang), site).href,
    card,
  )
  return chooseShareImage(null, generated, site.href)
}
