import { BRAND } from './brand'

/**
 * The few pictures a card uses, as SVG. Templates only reserve a box for them (`icon()` in
 * `templates/elements.ts`); `renderCard` finds the boxes in satori's layout and draws these
 * there as nested `<svg>` elements. (Satori's own `<img>` output wraps each picture in a mask,
 * which made librsvg several times slower.) Bump `ICONS_VERSION` when a drawing changes.
 */
export const ICONS_VERSION = 1

export const ICON_KEY_PREFIX = 'icon:'

const petals = [0, 72, 144, 216, 288]
  .map(
    (angle) => `<ellipse cx="24" cy="13.5" rx="5.2" ry="8.5" transform="rotate(${angle} 24 24)"/>`,
  )
  .join('')

const ICON_SVGS = {
  /** The portal's mark: a phượng (flamboyant) flower, gold petals on the city's red. */
  logo: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="${BRAND.red}"/><g fill="${BRAND.gold}">${petals}</g><circle cx="24" cy="24" r="4.5" fill="${BRAND.red}"/></svg>`,
  play: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M7 4.5v15l13-7.5z" fill="${BRAND.white}"/></svg>`,
  clock: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${BRAND.gold}" stroke-width="2.2" stroke-linecap="round"><circle cx="12" cy="12" r="9.5"/><path d="M12 6.5V12l3.8 2.4"/></svg>`,
  pin: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${BRAND.gold}" stroke-width="2.2" stroke-linejoin="round"><path d="M12 22s7.5-6.6 7.5-12.5a7.5 7.5 0 0 0-15 0C4.5 15.4 12 22 12 22z"/><circle cx="12" cy="9.5" r="2.6"/></svg>`,
  globe: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${BRAND.gold}" stroke-width="2"><circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19"/></svg>`,
} as const

export type IconName = keyof typeof ICON_SVGS

export interface IconPlacement {
  name: IconName
  left: number
  top: number
  size: number
}

/** Reads an icon box from satori's layout (`onNodeDetected`), or `undefined` for other nodes. */
export function toIconPlacement(node: {
  key?: string | number
  left: number
  top: number
  width: number
}): IconPlacement | undefined {
  if (typeof node.key !== 'string' || !node.key.startsWith(ICON_KEY_PREFIX)) return undefined
  const name = node.key.slice(ICON_KEY_PREFIX.length)
  if (!(name in ICON_SVGS)) return undefined
  return {
    name: name as IconName,
    left: Math.round(node.left),
    top: Math.round(node.top),
    size: Math.round(node.width),
  }
}

/** The icon as a nested `<svg>` element filling its box. */
export function toIconMarkup({ name, left, top, size }: IconPlacement): string {
  return ICON_SVGS[name].replace(
    /^<svg xmlns="[^"]*"/,
    `<svg x="${left}" y="${top}" width="${size}" height="${size}"`,
  )
}
