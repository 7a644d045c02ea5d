import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { waitFor } from './wait'

/** Seeded demo accounts (cms/seed/content/users.ts), one per role. */
export const ACCOUNTS = {
  chief: 'bbt@hub.example',
  contributor: 'ctv.thp@hub.example',
} as const

/** Logs in through the admin's login form, as a person would. */
export async function logIn(page: Page, cmsUrl: string, email: string, password: string) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

/** A REST client with an account's JWT (header auth, as an integration would use). */
export type Api = {
  token: string
  user: { id: number; role: string }
  get: <T = Record<string, unknown>>(path: string) => Promise<T>
  request: (path: string, init?: RequestInit) => Promise<Response>
}

export async function apiAs(cmsUrl: string, email: string, password: string): Promise<Api> {
  const res = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Login of ${email} failed: ${res.status} ${await res.text()}`)
  const { token, user } = (await res.json()) as { token: string; user: Api['user'] }
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${cmsUrl}${path}`, {
      ...init,
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': 'application/json',
        ...(init.headers as Record<string, string>),
      },
    })
  return {
    token,
    user,
    request,
    get: async (path) => {
      const answer = await request(path)
      if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`)
      return answer.json()
    },
  }
}

export type SiteStatus = {
  state: 'idle' | 'queued' | 'building' | 'live' | 'failed'
  summary?: string | null
  failureReason?: string | null
  release?: string | null
  durationSeconds?: number | null
  pagesRendered?: number | null
  pagesReused?: number | null
  liveAt?: string | null
  failedAt?: string | null
}

export const readSiteStatus = (api: Api) => api.get<SiteStatus>('/api/globals/site-status?depth=0')

/**
 * Waits until the pipeline has nothing queued or building and, after a successful build, the
 * search index has been rebuilt too (indexSearch in cms/publish/pipeline.ts, still under the
 * publish lock): the status then names the release the site at `siteUrl` serves.
 */
export const settledSiteStatus = ({
  api,
  siteUrl,
  publishDir,
  timeoutMs = 180_000,
}: {
  api: Api
  siteUrl: string
  publishDir: string
  timeoutMs?: number
}) =>
  waitFor(
    'the site publisher to settle (live and search-indexed, or failed)',
    async () => {
      const status = await readSiteStatus(api)
      if (status.state === 'failed') return status
      if (status.state !== 'live') return undefined
      const home = await fetch(`${siteUrl}/`, { redirect: 'manual' })
      await home.body?.cancel()
      const served = home.headers.get('x-site-release')
      if (!served || served !== status.release) return undefined
      return fs.existsSync(path.join(publishDir, 'publish.lock')) ? undefined : status
    },
    { timeoutMs, intervalMs: 500 },
  )
