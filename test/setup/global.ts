import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { prepareServerRun, TEMPLATE_DIR_VARIABLE } from '../helpers/database'
import { claimSite, runSiteBuilder, SITE_FIXTURES, type SiteFixture } from '../helpers/demoSite'
import { makeProjectTempDir } from '../helpers/site'

/**
 * Once per `vitest run`:
 * - on PostgreSQL (`npm run test:postgres`), a check that the server answers, and at the end the
 *   drop of the databases the suites made (test/helpers/database.ts);
 * - a directory for the run's temporary files: suites make their databases, uploads and
 *   browser profiles under `os.tmpdir()`, which now points here (TMPDIR is read by the worker
 *   processes, started after this), so whatever a closing database or browser writes after its
 *   suite's clean-up is removed with the run;
 * - a directory for the migrated template database that the suites' databases are copied from
 *   (test/helpers/database.ts, migratedTemplate: made by the first suite that asks);
 * - the two shared sites (test/helpers/demoSite.ts), the demo and the test site: their
 *   builds start now, beside the first suites, when the run includes the site suites; a run of
 *   other suites builds none (or only what a suite asks for).
 */
export default async function setup(project: TestProject) {
  // On PostgreSQL: the server answers, and the run's databases are dropped at the end.
  const dropRunDatabases = await prepareServerRun()
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-run-'))
  process.env.TMPDIR = runDir
  process.env[TEMPLATE_DIR_VARIABLE] = await fs.mkdtemp(path.join(runDir, 'template-'))
  const dirs = {} as Record<SiteFixture, string>
  for (const fixture of Object.keys(SITE_FIXTURES) as SiteFixture[]) {
    dirs[fixture] = await makeProjectTempDir(`hub-${fixture}-site-`)
    project.provide(SITE_FIXTURES[fixture], dirs[fixture])
  }
  const builders: ReturnType<typeof runSiteBuilder>[] = []
  if (runsSiteSuites()) {
    for (const fixture of Object.keys(SITE_FIXTURES) as SiteFixture[]) {
      if (await claimSite(dirs[fixture]))
        builders.push(runSiteBuilder(fixture, dirs[fixture], dirs.demo))
    }
  }
  return async () => {
    for (const builder of builders) builder.child.kill()
    const gone = { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }
    for (const dir of [...Object.values(dirs), runDir]) await fs.rm(dir, gone)
    await dropRunDatabases?.()
  }
}

/** Whether this run includes suites that read the demo site (no file filter, or one naming them). */
function runsSiteSuites(): boolean {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  return filters.length === 0 || filters.some((f) => /site|demo/.test(f))
}
