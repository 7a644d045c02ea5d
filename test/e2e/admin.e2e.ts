import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { startHub, type RunningHub } from './helpers/hub'

let hub: RunningHub
let browser: Browser
const shots = path.resolve('test-results/screenshots')

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  browser = await launchBrowser()
  hub = await startHub()
})
afterAll(async () => {
  await browser?.close()
  await hub?.stop()
})

describe('admin, as a new editor sees it', () => {
  it('the login page is in Vietnamese and a seeded editor-in-chief can log in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${hub.cmsUrl}/admin/login`)
    await page.locator('input[name="email"]').fill('bbt@hub.example')
    await page.locator('input[name="password"]').fill(hub.password)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    const body = await page.locator('body').innerText()
    expect(body).toMatch(/Tin tức/)
    expect(body).toMatch(/Văn bản/)
    expect(body).toMatch(/Sự kiện/)
    await page.screenshot({ path: path.join(shots, 'admin-dashboard.png') })
    await page.goto(`${hub.cmsUrl}/admin/collections/policy-notices`)
    await expect(page.locator('body')).toBeDefined()
    await page.waitForSelector('text=281/KH-UBND', { timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, 'admin-policy-notices.png') })
    await page.close()
  })
})
