import type { CollectionConfig } from 'payload'

import { createContent } from './createContent'
import { deleteContent } from './deleteContent'
import { readContent } from './readContent'
import { readContentVersions } from './readContentVersions'
import { updateContent } from './updateContent'

/**
 * The access of a collection under the editorial workflow (news content, the directory, the
 * programmes): the permission matrix of docs/ROLES.md, asked for that collection.
 *
 * @example
 * access: editorialAccess('articles')
 */
export const editorialAccess = (collection: string): CollectionConfig['access'] => ({
  read: readContent(collection),
  readVersions: readContentVersions(collection),
  create: createContent(collection),
  update: updateContent(collection),
  delete: deleteContent(collection),
})
