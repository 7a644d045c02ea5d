import { describe, expect, it } from 'vitest'

import { paginate } from '@site/lib/listing'

/** Listing pages (site/lib/listing.ts): stable under new items, for incremental builds. */
describe('paginate', () => {
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i)

  it('has one page for an empty or short list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }])
    expect(paginate(newestFirst(19), 10)).toHaveLength(1)
    expect(paginate(newestFirst(19), 10)[0]!.items).toHaveLength(19)
  })

  it('keeps every item exactly once, newest first, and fills older pages exactly', () => {
    for (const length of [10, 11, 25, 99, 100, 101]) {
      const pages = paginate(newestFirst(length), 10)
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(length))
      expect(pages.slice(1).every((page) => page.items.length === 10)).toBe(true)
      expect(pages[0]!.items.length).toBeGreaterThanOrEqual(Math.min(length, 10))
      expect(pages[0]!.items.length).toBeLessThan(20)
      expect(pages.every((page) => page.total === pages.length)).toBe(true)
    }
  })

  it('changes only the first page when a new item arrives (until a page is added)', () => {
    const before = paginate(newestFirst(55), 10)
    const after = paginate(newestFirst(56), 10)
    expect(after).toHaveLength(before.length)
    expect(after[0]!.items).toEqual([56, ...before[0]!.items])
    expect(after.slice(1)).toEqual(before.slice(1))
    // The 10th new item makes a new page: then every page changes once.
    expect(paginate(newestFirst(60), 10)).toHaveLength(before.length + 1)
  })
})
