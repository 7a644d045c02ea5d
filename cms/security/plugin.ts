import type { Plugin } from 'payload'

import { secureCookies } from './cookies'
import { rememberSignIn, throttleAuth } from './throttleAuth'

/**
 * The CMS's protection of sign-in, added to the `users` collection: limits on logins and
 * password resets instead of Payload's account lockout (`throttleAuth`, first, before any other
 * hook sees the request; why in authThrottle.ts), a successful sign-in giving its attempt back
 * and making its address known, and the session cookie's SameSite and Secure settings. The collection describes accounts; how this server
 * defends them depends on where it runs (CMS_URL, the proxy in front), so it lives here.
 *
 * @example
 * buildConfig({ collections: [Users, …], plugins: [authProtection()] })
 */
export const authProtection = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'users'
      ? collection
      : {
          ...collection,
          auth: {
            ...(typeof collection.auth === 'object' ? collection.auth : {}),
            // Payload's lockout off: anyone could lock an editor out with it (authThrottle.ts).
            maxLoginAttempts: 0,
            // httpOnly always (Payload); Secure unless the CMS is declared to run on plain http.
            cookies: { sameSite: 'Lax', secure: secureCookies() },
          },
          hooks: {
            ...collection.hooks,
            beforeOperation: [throttleAuth, ...(collection.hooks?.beforeOperation ?? [])],
            afterLogin: [...(collection.hooks?.afterLogin ?? []), rememberSignIn],
          },
        },
  ),
})
