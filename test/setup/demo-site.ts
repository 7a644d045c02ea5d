import fs from 'node:fs/promises'

import type { TestProject } from 'vitest/node'

import { makeProjectTempDir } from '../helpers/site'

/**
 * Gives the run one directory for the shared demo site (test/helpers/demoSite.ts): built by
 * the first suite that asks for it, in that suite's process, so a run that needs no site
 * builds none. Removed when the run ends.
 */
export default async function setup(project: TestProject) {
  const dir = await makeProjectTempDir('hub-demo-')
  project.provide('demoSiteDir', dir)
  return async () => {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
