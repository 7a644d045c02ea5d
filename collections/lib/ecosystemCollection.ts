import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
} from 'payload'

import { editorialAccess } from '../access/editorialAccess'
import { outletField, publishedAtField } from '../fields/common'
import { workflowFields } from '../fields/workflow'
import { applyEditorialRules } from '../hooks/applyEditorialRules'
import { checkEditorialRequest } from '../hooks/checkEditorialRequest'
import { enforceLimitsOnDrafts } from '../hooks/enforceLimitsOnDrafts'
import { logEditorialDeletion, logEditorialEvent } from '../hooks/logEditorialEvent'
import { normalizeText } from '../hooks/normalizeText'
import { refuseUnreadableNumbers } from '../hooks/refuseUnreadableNumbers'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { ECOSYSTEM_GROUP, type EcosystemCollection } from '../vocabulary/directory'
import { editorialVersions } from './editorialVersions'

type EcosystemOptions = Pick<
  CollectionConfig,
  'labels' | 'defaultSort' | 'indexes' | 'graphQL' | 'typescript'
> & {
  admin: NonNullable<CollectionConfig['admin']>
  fields: Field[]
  /** The collection's own integrity checks, run on every save (drafts too) before the workflow. */
  checks: CollectionBeforeChangeHook[]
  /** The collection's own hooks after a save (after the editorial log). */
  afterChange?: CollectionAfterChangeHook[]
}

/**
 * A collection of the ecosystem directory or the programmes, under the same editorial machinery
 * as the news content: the permission matrix (`editorialAccess`: the department's editors act as
 * the Ban biên tập here), drafts, versions, autosave and scheduled publishing, review states and
 * the editorial log, NFC and invisible-character cleaning, limits on drafts, who published when
 * and the outlet that added it. The collection brings its fields and its checks.
 *
 * @example
 * export const People = ecosystemCollection('people', { labels, admin, fields, checks: [checkPerson] })
 */
export function ecosystemCollection(
  slug: EcosystemCollection,
  { admin, fields, checks, afterChange = [], ...rest }: EcosystemOptions,
): CollectionConfig {
  return {
    slug,
    ...rest,
    admin: { group: ECOSYSTEM_GROUP, ...admin },
    access: editorialAccess(slug),
    versions: editorialVersions,
    hooks: {
      beforeOperation: [checkEditorialRequest, refuseUnreadableNumbers],
      beforeValidate: [normalizeText],
      beforeChange: [enforceLimitsOnDrafts, ...checks, applyEditorialRules, setPublishedAt],
      afterChange: [logEditorialEvent, ...afterChange],
      afterDelete: [logEditorialDeletion],
    },
    fields: [
      ...fields,
      publishedAtField(),
      // Which newsroom added it: an outlet's editor works on its own drafts until the department
      // publishes them. Not required: the department and the Ban biên tập add profiles too.
      outletField(false),
      ...workflowFields(slug),
    ],
  }
}
