// The public portal (Astro). Sources live in site/; every page is prerendered from the CMS
// (Payload Local API in content-layer loaders, see site/content.config.ts), except the draft
// preview (site/pages/xem-truoc/, rendered on request). The node adapter builds a small
// standalone server that serves both (`npm start`).
import node from '@astrojs/node'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

/** Public address of the portal: canonical URLs, hreflang, sitemap and JSON-LD use it. */
const site = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './site/dist',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  server: { port: Number(process.env.SITE_PORT || 4321) },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-GB' } },
      // Media files and the 404 page are not pages a search engine should list.
      filter: (page) => !new URL(page).pathname.startsWith('/media/') && !page.endsWith('/404/'),
    }),
  ],
})
