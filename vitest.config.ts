import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The @channels/, @collections/, @cms/, @site/ and @test/ aliases of tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    // A temp directory and one demo site per run (test/setup/global.ts).
    globalSetup: ['test/setup/global.ts'],
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
