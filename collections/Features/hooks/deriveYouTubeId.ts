import type { CollectionBeforeChangeHook } from 'payload'

import { rejectIfInvalid } from '@collections/lib/messages'
import { parseYouTubeId } from '@collections/lib/youtube'

/** A YouTube link becomes the video id the site embeds; a link that is not YouTube's is refused. */
export const deriveYouTubeId: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const url = data.youtubeUrl !== undefined ? data.youtubeUrl : originalDoc?.youtubeUrl
  if (!url) return { ...data, youtubeId: null }
  const id = parseYouTubeId(url)
  if (!id) {
    rejectIfInvalid(req, 'features', [
      {
        path: 'youtubeUrl',
        message: {
          vi: 'Liên kết YouTube không hợp lệ. Hãy dán liên kết dạng https://www.youtube.com/watch?v=… hoặc https://youtu.be/…',
          en: 'This is not a valid YouTube link. Paste a link like https://www.youtube.com/watch?v=… or https://youtu.be/…',
        },
      },
    ])
  }
  return { ...data, youtubeId: id }
}
