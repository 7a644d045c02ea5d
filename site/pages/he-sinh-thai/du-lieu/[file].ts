import type { APIRoute } from 'astro'

import { getAllProfiles } from '@site/lib/content'
import { DIRECTORY_DATA_FILES, directoryDataSet } from '@site/lib/directoryData'
import { dataFileResponse } from '@site/lib/openData'

/**
 * The directory's open data: `/he-sinh-thai/du-lieu/du-an-khoi-nghiep.csv` etc. (bilingual
 * columns, one set), from the same public entries as the profile pages.
 */
export function getStaticPaths() {
  return DIRECTORY_DATA_FILES.map((file) => ({ params: { file } }))
}

export const GET: APIRoute = async ({ params, site }) =>
  dataFileResponse(directoryDataSet(await getAllProfiles(), site!), params.file!)!
