/**
 * `npm run build`: builds everything that is served — the admin, then the public site from the
 * content in the database (run `npm start` or `npm run seed` once first so there is one).
 */
import { buildAdmin } from './adminBuild'
import { prepareEnvironment } from './boot'
import { buildSiteInChild } from './site'

prepareEnvironment()
const started = Date.now()
await buildAdmin()
console.log(`Admin built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
try {
  await buildSiteInChild()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
