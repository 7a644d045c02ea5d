/** `npm run build`: builds everything that is served (the admin; the public site joins later). */
import { buildAdmin } from './adminBuild'
import { prepareEnvironment } from './boot'

prepareEnvironment()
const started = Date.now()
await buildAdmin()
console.log(`Admin built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
