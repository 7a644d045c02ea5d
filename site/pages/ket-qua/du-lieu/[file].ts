import type { APIRoute } from 'astro'

import { getTracker } from '@site/lib/content'
import {
  TRACKER_DATA_FILES,
  TRACKER_DATA_TYPES,
  trackerDataFile,
  type TrackerDataFile,
} from '@site/lib/trackerData'

/** The tracker's open data: `/ket-qua/du-lieu/chi-tieu.csv` etc. (bilingual columns, one set). */
export async function getStaticPaths() {
  const tracker = await getTracker()
  return tracker ? TRACKER_DATA_FILES.map((file) => ({ params: { file }, props: { tracker } })) : []
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(trackerDataFile(props.tracker, params.file as TrackerDataFile), {
    headers: { 'Content-Type': TRACKER_DATA_TYPES[params.file as TrackerDataFile] },
  })
