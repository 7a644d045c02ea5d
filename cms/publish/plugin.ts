import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import {
  CONTENT_COLLECTIONS,
  TAXONOMY_COLLECTIONS,
  UPLOAD_COLLECTIONS,
} from '@collections/vocabulary/contentTypes'

import {
  queueSiteRebuild,
  queueSiteRebuildOnGlobalChange,
  type PublicChangeRule,
  type TimeBoundaries,
} from './hooks'
import { SITE_STATUS_SLUG, SiteStatus } from './status'
import { rebuildSiteTask } from './task'

/** Which collections change the public site, and how (see PublicChangeRule). */
export const PUBLIC_CHANGE_RULES: Record<string, PublicChangeRule> = {
  ...Object.fromEntries(CONTENT_COLLECTIONS.map((slug) => [slug, 'content'])),
  ...Object.fromEntries(TAXONOMY_COLLECTIONS.map((slug) => [slug, 'taxonomy'])),
  ...Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, 'upload'])),
  // Bylines show authors' names.
  users: 'byline',
  // Published answers have pages, feeds and search entries (questions from the public do not).
  questions: 'answers',
}

const group = (value: unknown) => (value ?? {}) as Record<string, unknown>

/** When published items of a collection change by themselves (see TimeBoundaries). */
export const TIME_BOUNDARIES: Record<string, TimeBoundaries> = {
  events: (doc) => ({ startsAt: doc.startsAt, endsAt: doc.endsAt }),
  'policy-notices': (doc) => ({
    'consultation.opensAt': group(doc.consultation).opensAt,
    'consultation.closesAt': group(doc.consultation).closesAt,
  }),
}

function withRebuildHooks(collection: CollectionConfig, rule: PublicChangeRule): CollectionConfig {
  const rebuild = queueSiteRebuild(rule, TIME_BOUNDARIES[collection.slug])
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // Last, after the collection's own hooks (the workflow log) have run.
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuild.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuild.afterDelete],
    },
  }
}

function withGlobalRebuildHook(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), queueSiteRebuildOnGlobalChange()],
    },
  }
}

/**
 * Publish to live: adds the `rebuildSite` task to the jobs queue, the `site-status` global,
 * and the hooks that queue a rebuild on every public change to the collections listed in
 * PUBLIC_CHANGE_RULES and to every global (the portal shows them: programme, portal links).
 * Applying it twice changes nothing.
 *
 * @example
 * // cms/payload.config.ts
 * plugins: [sitePublishing()],
 */
export function sitePublishing(
  options: { collections?: Record<string, PublicChangeRule> } = {},
): Plugin {
  const rules = options.collections ?? PUBLIC_CHANGE_RULES
  return (config: Config): Config => {
    if (config.globals?.some((global) => global.slug === SITE_STATUS_SLUG)) return config
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        rules[collection.slug] ? withRebuildHooks(collection, rules[collection.slug]!) : collection,
      ),
      globals: [...(config.globals ?? []).map(withGlobalRebuildHook), SiteStatus],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), rebuildSiteTask],
      },
    }
  }
}
