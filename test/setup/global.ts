import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { claimDemoSite, runDemoSiteBuilder } from '../helpers/demoSite'
import { makeProjectTempDir } from '../helpers/site'

/**
 * Once per `vitest run`:
 * - a directory for the run's temporary files: suites make their databases, uploads and
 *   browser profiles under `os.tmpdir()`, which now points here (TMPDIR is read by the worker
 *   processes, started after this), so whatever a closing database or browser writes after its
 *   suite's clean-up is removed with the run;
 * - the shared demo site (test/helpers/demoSite.ts): its build starts now, beside the first
 *   suites, when the run includes the site suites; a run of other suites builds none.
 */
export default async function setup(project: TestProject) {
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-run-'))
  process.env.TMPDIR = runDir
  const demoDir = await makeProjectTempDir('hub-demo-')
  project.provide('demoSiteDir', demoDir)
  const builder =
    runsSiteSuites() && (await claimDemoSite(demoDir)) ? runDemoSiteBuilder(demoDir) : null
  return async () => {
    builder?.child.kill()
    await fs.rm(demoDir, { recursive: true, force: true })
    await fs.rm(runDir, { recursive: true, force: true })
  }
}

/** Whether this run includes suites that read the demo site (no file filter, or one naming them). */
function runsSiteSuites(): boolean {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  return filters.length === 0 || filters.some((f) => /site|demo/.test(f))
}
