import { createKnownAddresses } from './knownAddresses'
import { createRateLimiter } from './rateLimit'

/**
 * Limits on the login and password-reset endpoints. Why these and not a lockout:
 *
 * Payload's own lockout (`maxLoginAttempts`) locks the account itself, so anyone who knows an
 * editor's e-mail can keep them out — even when they type the right password at their desk —
 * by failing often enough from many addresses. OWASP ASVS 5.0 (6.1.1) asks that the controls
 * against password guessing "prevent malicious account lockout", and the OWASP Authentication
 * Cheat Sheet suggests letting a lock apply to unfamiliar clients only (its device-cookie idea).
 * So the CMS turns Payload's lockout off (plugin.ts) and counts failures here instead, in
 * windows of THROTTLE_WINDOW_MS (each starts at a key's first counted failure; rateLimit.ts),
 * shared by every CMS instance through Redis when REDIS_URL is set:
 *
 * - per address and account: LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT;
 * - per address, over all accounts: LOGIN_FAILURES_PER_ADDRESS (spraying many accounts);
 * - per account, over all addresses: LOGIN_FAILURES_PER_ACCOUNT — the ceiling against a guesser
 *   with many addresses. Once it is reached the account refuses every attempt from addresses
 *   that have never signed in to it (without looking at the password, so a lucky guess is
 *   refused too) — but an address from which the account signed in successfully within
 *   KNOWN_ADDRESS_DAYS is limited only by its own per-address-and-account count, so the editor
 *   at their usual desk still gets in while the attack goes on.
 *
 * A guesser therefore gets at most LOGIN_FAILURES_PER_ACCOUNT wrong passwords per window against
 * one account from everywhere new, plus LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT from each address
 * the account really uses. A refusal ends by itself when the window moves on (Retry-After), and
 * a password reset through the e-mailed link ends it at once and makes its address known.
 * Attempts refused before the password is checked do not count.
 *
 * Redis unreachable: each instance counts in its own memory until it is back (rateLimit.ts says
 * why), and logs that loudly.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000
export const LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT = 5
export const LOGIN_FAILURES_PER_ADDRESS = 20
export const LOGIN_FAILURES_PER_ACCOUNT = 10
export const RESET_REQUESTS_PER_ADDRESS = 5
export const KNOWN_ADDRESS_DAYS = 30

export const loginFailuresByAddressAndAccount = createRateLimiter({
  name: 'login-address-account',
  limit: LOGIN_FAILURES_PER_ADDRESS_AND_ACCOUNT,
  windowMs: THROTTLE_WINDOW_MS,
})
export const loginFailuresByAddress = createRateLimiter({
  name: 'login-address',
  limit: LOGIN_FAILURES_PER_ADDRESS,
  windowMs: THROTTLE_WINDOW_MS,
})
export const loginFailuresByAccount = createRateLimiter({
  name: 'login-account',
  limit: LOGIN_FAILURES_PER_ACCOUNT,
  windowMs: THROTTLE_WINDOW_MS,
})
export const resetRequestsByAddress = createRateLimiter({
  name: 'reset-address',
  limit: RESET_REQUESTS_PER_ADDRESS,
  windowMs: THROTTLE_WINDOW_MS,
})
/** Where each account has signed in from (its owner's usual addresses). */
export const knownSignInAddresses = createKnownAddresses({
  ttlMs: KNOWN_ADDRESS_DAYS * 24 * 60 * 60 * 1000,
})

/** Clears every counter and known address (tests, or an administrator clearing the limits). */
export async function resetAuthThrottle(): Promise<void> {
  await Promise.all([
    loginFailuresByAddressAndAccount.reset(),
    loginFailuresByAddress.reset(),
    loginFailuresByAccount.reset(),
    resetRequestsByAddress.reset(),
    knownSignInAddresses.reset(),
  ])
}
