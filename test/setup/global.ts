import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { makeProjectTempDir } from '../helpers/site'

/**
 * Once per `vitest run`:
 * - a directory for the run's temporary files: suites make their databases, uploads and
 *   browser profiles under `os.tmpdir()`, which now points here (TMPDIR is read by the worker
 *   processes, started after this), so whatever a closing database or browser writes after its
 *   suite's clean-up is removed with the run;
 * - a directory for the shared demo site (test/helpers/demoSite.ts): built by the first suite
 *   that asks for it, so a run that needs no site builds none.
 */
export default async function setup(project: TestProject) {
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-run-'))
  process.env.TMPDIR = runDir
  const demoDir = await makeProjectTempDir('hub-demo-')
  project.provide('demoSiteDir', demoDir)
  return async () => {
    await fs.rm(demoDir, { recursive: true, force: true })
    await fs.rm(runDir, { recursive: true, force: true })
  }
}
