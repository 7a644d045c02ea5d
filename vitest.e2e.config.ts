import { defineConfig } from 'vitest/config'

/** Browser journeys against the servers `npm start` runs (see test/e2e). */
export default defineConfig({
  // The @channels/, @collections/, @cms/, @site/ and @test/ aliases of tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
})
