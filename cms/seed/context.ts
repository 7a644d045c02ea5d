import { SKIP_SITE_REBUILD } from '../publish/hooks'

/**
 * The context of every save the seed makes: no site-rebuild check per document; the seed
 * queues one rebuild when it is done (seedDemoContent).
 */
export const SEED_CONTEXT = { [SKIP_SITE_REBUILD]: true }
