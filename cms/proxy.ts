import { NextResponse, type NextRequest } from 'next/server'

/** Payload's admin-language cookie (`<cookiePrefix>-lng`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin opens in Vietnamese for everyone who has not chosen a language yet, whatever the
 * browser's Accept-Language says (Payload would otherwise pick English for an English browser).
 * An editor who switches to English in their account settings gets Payload's own cookie, which
 * this leaves alone.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', {
    path: '/',
    sameSite: 'lax',
    maxAge: 365 * 24 * 60 * 60,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
