import { defineConfig } from 'vitest/config'

import { SuiteSequencer } from './test/setup/sequencer'

export default defineConfig({
  // The @channels/, @collections/, @cms/, @site/ and @test/ aliases of tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    // A temp directory and one demo site per run (test/setup/global.ts).
    globalSetup: ['test/setup/global.ts'],
    sequence: { sequencer: SuiteSequencer },
    // Each file boots its own Payload on its own database: separate processes keep them apart.
    pool: 'forks',
    isolate: true,
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
})
