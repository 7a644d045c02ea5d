import type { CollectionConfig } from 'payload'

/**
 * Versions of every public content type: drafts with history and restore, autosave while an
 * item is edited (the "Lưu nháp" button stays), and scheduled publish/unpublish through
 * Payload's jobs queue (run by the started server, see cms/jobs).
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000, showSaveDraftButton: true },
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 },
  },
  maxPerDoc: 50,
}
