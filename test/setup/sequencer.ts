import path from 'node:path'

import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Folders in the order their suites start; the rest keep vitest's own order within each. */
const ORDER = ['publish', 'cms', 'site', 'unit']

/**
 * The longest suite (the publish pipeline) and the CMS suites start first, while the demo site
 * is still being built beside them (test/setup/global.ts); the site suites, which read it, come
 * after, so no worker sits waiting for it; the quick unit suites fill the end.
 */
export class SuiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const folder = path.relative(path.resolve('test'), file.moduleId).split(path.sep)[0]
      const index = ORDER.indexOf(folder!)
      return index === -1 ? ORDER.length : index
    }
    return sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
      .map(({ file }) => file)
  }
}
