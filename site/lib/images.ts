import type { Lang } from './i18n'
import type { Picture } from './types'

export type PictureShape = 'full' | 'card' | 'thumb'

/** How wide each shape is drawn, for `sizes` (the layout's column widths, see global.css). */
export const SHAPE_SIZES: Record<PictureShape, string> = {
  full: '(min-width: 60rem) 52rem, 100vw',
  card: '(min-width: 60rem) 20rem, (min-width: 40rem) 50vw, 100vw',
  thumb: '(min-width: 40rem) 10rem, 33vw',
}

/**
 * The `<img>` attributes for a picture in one shape and language: srcset of the sizes Payload
 * made, intrinsic width/height (no layout shift), lazy loading unless it is above the fold.
 * An English page shows the English alt text; when there is none, the Vietnamese one with
 * `lang="vi"` so screen readers pronounce it correctly.
 *
 * @example
 * pictureAttributes(cover, 'card', 'vi') // { src, srcset, sizes, width, height, alt, loading: 'lazy', … }
 */
export function pictureAttributes(
  picture: Picture,
  shape: PictureShape,
  lang: Lang,
  options: { eager?: boolean; sizes?: string } = {},
) {
  const variant = picture[shape]
  const alt = lang === 'en' ? (picture.alt.en ?? picture.alt.vi) : picture.alt.vi
  return {
    src: variant.src,
    srcset: variant.srcset,
    sizes: options.sizes ?? SHAPE_SIZES[shape],
    width: variant.width,
    height: variant.height,
    alt,
    lang: lang === 'en' && !picture.alt.en ? 'vi' : undefined,
    loading: options.eager ? 'eager' : 'lazy',
    decoding: options.eager ? undefined : 'async',
    fetchpriority: options.eager ? 'high' : undefined,
  } as const
}

/** The caption in the page's language (never the other language's caption). */
export function pictureCaption(picture: Picture, lang: Lang): string | null {
  return (lang === 'en' ? picture.caption?.en : picture.caption?.vi) ?? null
}
