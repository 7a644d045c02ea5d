import type { CollectionBeforeChangeHook } from 'payload'

/** Records the first publication time; later edits keep it (corrections are dated separately). */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
