import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'

// Plain TypeScript without runtime-only syntax: Node strips the types when loading the config.
import { nextHeaderRules } from './security/headers.ts'

// The Next app lives in cms/ but node_modules and the lockfile are at the repository root.
const root = path.resolve(import.meta.dirname, '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingRoot: root,
  turbopack: { root },
  // `npm test` type-checks the whole repository with tsc; doing it again in `next build` only
  // doubles the admin build time.
  typescript: { ignoreBuildErrors: true },
  // The publish pipeline (reached from payload.config through the site queue's task) imports
  // Pagefind, whose platform binaries Turbopack cannot bundle; the admin never runs it.
  serverExternalPackages: ['pagefind'],
  // CSP, nosniff, frame-ancestors, Referrer-Policy on every response; HSTS over https.
  async headers() {
    return nextHeaderRules({ dev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
