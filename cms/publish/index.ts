/**
 * Publish to live: every public change queues an incremental, atomic rebuild of the portal.
 *
 * - `sitePublishing()` (./plugin, the only piece payload.config.ts imports): the `rebuildSite`
 *   task, the `site-status` global and the `queueSiteRebuild` hooks on the public collections.
 * - `startSitePublisher(payload)` (./runner): runs the `site` queue in the worker (cms/worker).
 * - `startLiveSite()` (./server): serves the live release, with redirects and the 404 page.
 * - `publishSite()` (./pipeline): build → prune → check → release → atomic switch.
 */
export { incrementalBuildConfig, runSiteBuild, stopBuildWorker } from './build'
export {
  isPublicChange,
  queueSiteRebuild,
  queueSiteRebuildOnGlobalChange,
  SKIP_SITE_REBUILD,
  type PublicChangeRule,
} from './hooks'
export { publishLayout, readCurrentRelease, sitePublishDir, type PublishLayout } from './layout'
export { buildPageManifest, buildRedirects, type PageManifest, type RedirectMap } from './manifest'
export {
  abortPublishing,
  checkBuild,
  publishSite,
  type BuildFacts,
  type PublishOptions,
  type PublishResult,
  type ReleaseInfo,
} from './pipeline'
export { PUBLIC_CHANGE_RULES, sitePublishing } from './plugin'
export { rebuildDebounceMs, REBUILD_SITE_TASK, requestSiteRebuild, SITE_QUEUE } from './queue'
export { resumeInterruptedRebuilds, startSitePublisher, type SitePublisher } from './runner'
export { createLiveSiteHandler, startLiveSite, type LiveSite } from './server'
export {
  readSiteStatus,
  SITE_STATUS_SLUG,
  SiteStatus,
  writeSiteStatus,
  type SiteState,
  type SiteStatusData,
} from './status'
export { refreshQueryStatistics } from './statistics'
export { rebuildSiteTask } from './task'
