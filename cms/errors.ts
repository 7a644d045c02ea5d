/**
 * The message of an error and of its causes, one per line, without repeats: Astro wraps errors
 * thrown by content loaders (CmsUnavailableError) in its own.
 */
export function describeError(error: unknown): string {
  const messages: string[] = []
  let current: unknown = error
  while (current && messages.length < 5) {
    const message = current instanceof Error ? current.message : String(current)
    if (!messages.some((m) => m.includes(message))) messages.push(message)
    current = current instanceof Error ? current.cause : undefined
  }
  return messages.join('\n')
}
