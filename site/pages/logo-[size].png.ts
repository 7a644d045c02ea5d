import fs from 'node:fs/promises'
import path from 'node:path'

import type { APIRoute } from 'astro'
import sharp from 'sharp'

/**
 * The portal's emblem as PNG, for what cannot show SVG: `/logo-144.png` (the RSS channel image,
 * at most 144 px wide) and `/logo-512.png` (the JSON Feed icon).
 */
export const getStaticPaths = () => [{ params: { size: '144' } }, { params: { size: '512' } }]

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size)
  const svg = await fs.readFile(path.resolve('site/public/favicon.svg'))
  const png = await sharp(svg, { density: (72 * size) / 48 })
    .resize(size, size)
    .png()
    .toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
