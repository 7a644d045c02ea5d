import { defineConfig } from 'vitest/config'

/**
 * Two CMS instances, the worker and nginx on one machine (test/cluster; `npm run test:cluster`,
 * not part of `npm test`: it needs nginx and takes minutes).
 */
export default defineConfig({
  // The @channels/, @collections/, @cms/, @site/ and @test/ aliases of tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/cluster/**/*.cluster.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
})
