import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { getCardHash, getOrRenderCard } from '@channels/cards'
import { SAMPLE_CARDS } from '@channels/cards/samples'
import { CARD_TEMPLATES } from '@channels/cards/templates/index'

let cacheDir: string
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'og-cache-'))
})
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true })
})

describe('getOrRenderCard', () => {
  it('renders an item once, then serves it from the cache directory', async () => {
    const first = await getOrRenderCard(SAMPLE_CARDS.article, { cacheDir })
    expect(first.cached).toBe(false)
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(first.file).toBe(path.join(cacheDir, `${first.hash}.png`))
    expect(await readdir(cacheDir)).toEqual([`${first.hash}.png`])
    const second = await getOrRenderCard(SAMPLE_CARDS.article, { cacheDir })
    expect(second).toMatchObject({ cached: true, hash: first.hash })
    expect(second.png.equals(first.png)).toBe(true)
  })

  it('renders again when anything shown on the card changes', async () => {
    const first = await getOrRenderCard(SAMPLE_CARDS.event, { cacheDir })
    const changed = await getOrRenderCard(
      { ...SAMPLE_CARDS.event, status: 'cancelled', statusLabel: 'Đã hủy' },
      { cacheDir },
    )
    expect(changed.cached).toBe(false)
    expect(changed.hash).not.toBe(first.hash)
    expect((await readdir(cacheDir)).sort()).toEqual(
      [`${first.hash}.png`, `${changed.hash}.png`].sort(),
    )
  })

  it('treats NFD text, Date objects and empty fields like their plain equivalents', () => {
    const card = SAMPLE_CARDS.article
    const same = {
      ...card,
      title: card.title.normalize('NFD'),
      publishedAt: new Date(card.publishedAt),
      outlet: card.outlet,
    }
    expect(getCardHash(same)).toBe(getCardHash(card))
    expect(getCardHash({ ...card, topic: null })).toBe(getCardHash({ ...card, topic: undefined }))
    expect(getCardHash({ ...card, locale: 'en' })).not.toBe(getCardHash(card))
  })

  it('renders every card again when its template version is raised', () => {
    const before = getCardHash(SAMPLE_CARDS.feature)
    const template = CARD_TEMPLATES.feature
    const version = template.version
    template.version = version + 1
    try {
      expect(getCardHash(SAMPLE_CARDS.feature)).not.toBe(before)
      expect(getCardHash(SAMPLE_CARDS.article)).toBe(getCardHash(SAMPLE_CARDS.article))
    } finally {
      template.version = version
    }
    expect(getCardHash(SAMPLE_CARDS.feature)).toBe(before)
  })

  it('renders concurrent requests for one card once', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => getOrRenderCard(SAMPLE_CARDS.policyNotice, { cacheDir })),
    )
    expect(results.every((result) => result.png.equals(results[0]!.png))).toBe(true)
    expect(await readdir(cacheDir)).toEqual([`${results[0]!.hash}.png`])
  })

  it('replaces a damaged cache file instead of serving it', async () => {
    const hash = getCardHash(SAMPLE_CARDS.article)
    await writeFile(path.join(cacheDir, `${hash}.png`), 'not a png')
    const result = await getOrRenderCard(SAMPLE_CARDS.article, { cacheDir })
    expect(result.cached).toBe(false)
    expect(result.png.subarray(1, 4).toString()).toBe('PNG')
    expect((await getOrRenderCard(SAMPLE_CARDS.article, { cacheDir })).cached).toBe(true)
  })

  it('creates a missing cache directory', async () => {
    const nested = path.join(cacheDir, 'deep', 'og')
    const result = await getOrRenderCard(SAMPLE_CARDS.article, { cacheDir: nested })
    expect(await readdir(nested)).toEqual([`${result.hash}.png`])
  })
})
