import path from 'node:path'

/**
 * Where uploads live. Built from the working directory (or MEDIA_DIR), never from
 * import.meta.url: inside the Next.js bundle that points into `.next`.
 */
export function mediaDir(...parts: string[]): string {
  return path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'), ...parts)
}
