import type { Field } from 'payload'

import { DISTRICT_OPTIONS } from '../vocabulary/districts'
import { selectOptions } from './selectOptions'

/**
 * Fields the directory's profiles share. Each is a factory, so a collection names its own
 * labels without copying the definition.
 */

/** Where a startup or organisation works (a filter of the directory's pages). */
export const districtField = (): Field => ({
  name: 'district',
  type: 'select',
  label: { vi: 'Địa bàn', en: 'District' },
  options: selectOptions(DISTRICT_OPTIONS),
  index: true,
})

/** A logo or a portrait: an image from the media library. */
export const pictureField = (name: 'logo' | 'photo', label: { vi: string; en: string }): Field => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label,
  filterOptions: { mimeType: { contains: 'image' } },
})
