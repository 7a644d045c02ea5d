import axe from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * Serious and critical axe-core violations on the open page, as readable lines, and how many
 * rules passed (a page axe could not inspect would pass vacuously). Used on the prerendered
 * site (test/portal-a11y.test.ts) and on the live server (test/e2e).
 */
export async function seriousViolations(page: Page): Promise<{ lines: string[]; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axe.source })
  }
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )
  return {
    passes: results.passes.length,
    lines: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  }
}
