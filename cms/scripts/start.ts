/**
 * `npm start`: the whole hub on one machine, from a fresh clone.
 * 1. `.env` with random secrets (first run only); embedded SQLite unless DATABASE_URL says otherwise
 * 2. migrations; demo content when the database is empty (accounts printed once, saved to data/)
 * 3. the admin build, reused when its sources did not change
 * 4. the public site build (Astro, from the content now in the database)
 * 5. the Next.js server with the admin and the REST/GraphQL API, and the site's server, until Ctrl+C
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { isDatabaseEmpty, seedDemoContent } from '../seed'
import { adminBuildIsCurrent, buildAdmin } from './adminBuild'
import { openPayload } from './boot'
import { printAccounts } from './seed'
import { buildSiteInChild, SITE_PORT, startSiteServer } from './site'

const CMS_PORT = Number(process.env.CMS_PORT || process.env.PORT || 3000)

async function prepareDatabase() {
  const payload = await openPayload()
  try {
    if (await isDatabaseEmpty(payload)) {
      console.log('Empty database: adding the demo content…')
      const result = await seedDemoContent(payload, { log: (msg) => console.log(`  ${msg}`) })
      console.log(`Demo content ready (${result.created} items).`)
      printAccounts(result)
    }
  } finally {
    await payload.destroy()
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

async function main() {
  const started = Date.now()
  await prepareDatabase()
  if (!adminBuildIsCurrent()) {
    console.log('Building the admin (first start or changed sources, ~30–60 s)…')
    await buildAdmin()
  }
  console.log('Building the public site from the CMS content…')
  await buildSiteInChild()

  const cmsUrl = `http://localhost:${CMS_PORT}`
  const next = path.resolve('node_modules/next/dist/bin/next')
  const server = spawn(process.execPath, [next, 'start', 'cms', '-p', String(CMS_PORT)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const site = startSiteServer(SITE_PORT)
  const stop = (signal: NodeJS.Signals) => {
    server.kill(signal)
    site.kill(signal)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  // Either server ending ends the hub (and takes the other one down with it).
  server.on('exit', (code, signal) => {
    site.kill()
    process.exit(code ?? (signal ? 0 : 1))
  })
  site.on('exit', (code, signal) => {
    server.kill()
    process.exit(code ?? (signal ? 0 : 1))
  })

  const siteUrl = `http://localhost:${SITE_PORT}`
  await Promise.all([
    waitForHttp(`${cmsUrl}/api/users/me`, 60_000),
    waitForHttp(`${siteUrl}/`, 30_000),
  ])
  console.log(
    [
      '',
      `Hải Phòng Innovation News Hub is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
      `  Public site:  ${siteUrl}/  (English: ${siteUrl}/en/)`,
      `  Admin (CMS):  ${cmsUrl}/admin`,
      `  REST API:     ${cmsUrl}/api/articles`,
      `  Log in with a demo account from data/demo-accounts.txt (made by the seed on first start).`,
      '  The public site shows what was published when it was built: restart (or `npm run build:site`) to refresh it.',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
