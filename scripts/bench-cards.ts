/**
 * Share-card benchmark: `npm run bench:cards` (prints figures; it is not a test and has no
 * pass/fail). Prints one JSON object:
 * - `latency`: 100 distinct cards rendered one at a time (`renderCard`, no cache): ms per card.
 * - `firstPass`: N distinct cards (default 600: all four types, both languages, titles of
 *   20–300 characters) through `getOrRenderCard` into an empty cache directory, with
 *   BENCH_CONCURRENCY in flight: wall time and CPU time per card, cards per second.
 * - `secondPass`: the same N cards again, unchanged: cache-hit cost, and how many were rendered
 *   (must be 0).
 * - `peakRssMb`: the process's peak resident memory.
 *
 * Options (environment): BENCH_CARDS=600, BENCH_CONCURRENCY=2 (cards in flight; the machines
 * have 2 cores), BENCH_CACHE_DIR=<dir> (default: a fresh temp directory, removed afterwards).
 * Targets: ≤ 30 ms median per card, cache hit ≤ 2 ms, 0 cards rendered by the second pass.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CardData, CardLocale } from '@channels/cards'
import { getOrRenderCard, renderCard } from '@channels/cards'
import { SAMPLE_CARDS } from '@channels/cards/samples'

const COUNT = Math.max(1, Number(process.env.BENCH_CARDS ?? 600))
const CONCURRENCY = Math.max(1, Number(process.env.BENCH_CONCURRENCY ?? 2))

const WORDS = (
  'Hải Phòng khởi nghiệp đổi mới sáng tạo doanh nghiệp công nghệ số hỗ trợ quỹ đầu tư ' +
  'hội thảo kết nối cảng biển logistics chuyển đổi số thanh niên sinh viên ươm tạo ' +
  'Techfest chương trình kế hoạch thành phố Đồ Sơn Cát Bà Thủy Nguyên năm 2025'
).split(' ')

/** A deterministic pseudo-random sequence, so every run renders the same cards. */
function* numbers(seed: number) {
  let state = seed
  while (true) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    yield state / 2 ** 31
  }
}

function makeCards(count: number, seed = 281): CardData[] {
  const random = numbers(seed)
  const next = () => random.next().value as number
  const text = (min: number, max: number) => {
    const length = Math.floor(min + next() * (max - min))
    let out = ''
    while (out.length < length) out += (out ? ' ' : '') + WORDS[Math.floor(next() * WORDS.length)]
    return out.slice(0, length).trim()
  }
  const samples = Object.values(SAMPLE_CARDS)
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length]!
    const locale: CardLocale = Math.floor(i / samples.length) % 2 ? 'en' : 'vi'
    const title = `${text(20, 300)} #${seed}-${i}`
    const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365 * 24) * 3_600_000)
    switch (sample.type) {
      case 'article':
        return { ...sample, locale, title, topic: text(8, 40), publishedAt: date }
      case 'feature':
        return { ...sample, locale, title, programme: text(8, 40), airDate: date }
      case 'policy-notice':
        return { ...sample, locale, title, abstract: title, issueDate: date }
      case 'event':
        return { ...sample, locale, title, startsAt: date, endsAt: null, venue: text(10, 80) }
    }
  })
}

/** Runs `task` over `items` with at most `limit` in flight; returns each call's duration (ms). */
async function timeAll<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>) {
  const durations = new Array<number>(items.length)
  let nextIndex = 0
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++
      const started = performance.now()
      await task(items[index]!)
      durations[index] = performance.now() - started
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: limit }, worker))
  return { durations, wallMs: performance.now() - started }
}

function summarise(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  const round = (value: number) => Math.round(value * 100) / 100
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) }
}

async function main() {
  const cards = makeCards(COUNT)
  const cacheDir =
    process.env.BENCH_CACHE_DIR || (await mkdtemp(path.join(os.tmpdir(), 'bench-cards-')))
  try {
    // Warm-up outside the figures: font parsing, satori's WebAssembly, libvips start-up.
    const warmStarted = performance.now()
    await renderCard(SAMPLE_CARDS.article)
    const warmUpMs = performance.now() - warmStarted

    const latency = await timeAll(makeCards(100, 1), 1, (card) => renderCard(card))

    let rendered = 0
    const cpuBefore = process.cpuUsage()
    const first = await timeAll(cards, CONCURRENCY, async (card) => {
      const result = await getOrRenderCard(card, { cacheDir })
      if (!result.cached) rendered++
    })
    const cpu = process.cpuUsage(cpuBefore)

    let renderedAgain = 0
    const second = await timeAll(cards, 1, async (card) => {
      const result = await getOrRenderCard(card, { cacheDir })
      if (!result.cached) renderedAgain++
    })

    const firstStats = summarise(first.durations)
    console.log(
      JSON.stringify(
        {
          cards: COUNT,
          concurrency: CONCURRENCY,
          cpus: os.availableParallelism(),
          warmUpMs: Math.round(warmUpMs),
          latency: { cards: 100, msPerCard: summarise(latency.durations) },
          firstPass: {
            rendered,
            msPerCall: firstStats,
            wallMsPerCard: Math.round((first.wallMs / COUNT) * 100) / 100,
            cpuMsPerCard: Math.round(((cpu.user + cpu.system) / 1000 / COUNT) * 100) / 100,
            cardsPerSecond: Math.round((COUNT / first.wallMs) * 1000 * 10) / 10,
          },
          secondPass: {
            rendered: renderedAgain,
            cacheHitMs: summarise(second.durations),
          },
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          targets: { medianMsPerCard: 30, cacheHitMs: 2, renderedBySecondPass: 0 },
        },
        null,
        2,
      ),
    )
  } finally {
    if (!process.env.BENCH_CACHE_DIR) await rm(cacheDir, { recursive: true, force: true })
  }
}

await main()
