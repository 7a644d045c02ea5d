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
  // Payload itself is loaded once, by Node, not copied into each bundle: the scheduler
  // (instrumentation.ts), the API routes and the admin pages share one Payload instance
  // (getPayload caches it on `global`), and with a copy per bundle the errors thrown by one
  // copy's hooks failed the other copy's `instanceof` checks, so every refusal reached the
  // client as "An unknown error occurred." or without its field reasons.
  // The Redis client and the limiter library (REDIS_URL, cms/sharedState) are loaded by Node as
  // well: one copy per process, so `instanceof RateLimiterRes` holds whichever bundle asks.
  serverExternalPackages: ['pagefind', 'payload', 'ioredis', 'rate-limiter-flexible'],
  // CSP, nosniff, frame-ancestors, Referrer-Policy on every response; HSTS over https.
  async headers() {
    return nextHeaderRules({ dev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
