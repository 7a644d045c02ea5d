/**
 * Origins allowed to use the admin's session cookie (Payload's CSRF allow-list): requests with
 * another Origin header, or cross-site requests without one, are treated as anonymous. The
 * CMS's own address (CMS_URL, else localhost on CMS_PORT) plus CSRF_ORIGINS (comma-separated).
 *
 * @example
 * allowedOrigins({ CMS_URL: 'https://cms.example.vn/' }) // ['https://cms.example.vn']
 */
export function allowedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins = new Set<string>()
  const add = (value: string | undefined) => {
    if (!value?.trim()) return
    try {
      origins.add(new URL(value.trim()).origin)
    } catch {
      throw new Error(
        `"${value}" in CMS_URL or CSRF_ORIGINS is not a URL (e.g. https://cms.example.vn).`,
      )
    }
  }
  if (env.CMS_URL) {
    add(env.CMS_URL)
  } else {
    const port = env.CMS_PORT || env.PORT || '3000'
    add(`http://localhost:${port}`)
    add(`http://127.0.0.1:${port}`)
  }
  for (const extra of (env.CSRF_ORIGINS ?? '').split(',')) add(extra)
  return [...origins]
}
