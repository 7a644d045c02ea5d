import type { APIRoute } from 'astro'

import { getTracker } from '@site/lib/content'
import { dataFileResponse } from '@site/lib/openData'
import { TRACKER_DATA_FILES, trackerDataSet } from '@site/lib/trackerData'

/** The tracker's open data: `/ket-qua/du-lieu/chi-tieu.csv` etc. (bilingual columns, one set). */
export async function getStaticPaths() {
  const tracker = await getTracker()
  return tracker ? TRACKER_DATA_FILES.map((file) => ({ params: { file }, props: { tracker } })) : []
}

export const GET: APIRoute = ({ params, props }) =>
  dataFileResponse(trackerDataSet(props.tracker), params.file!)!
