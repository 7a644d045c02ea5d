import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
