import { createRateLimiter } from './rateLimit'

/**
 * Limits on the login and password-reset endpoints, per client address.
 *
 * Payload locks an account after `maxLoginAttempts` failures (Users.auth). One address may fail
 * at most LOGIN_FAILURES_PER_ACCOUNT times per window against one account — fewer than the lock
 * threshold — so a stranger guessing from one place is slowed to a crawl and cannot lock a
 * known editor out; a lock needs many addresses, ends after `lockTime`, and the owner can end
 * it at once by resetting the password. LOGIN_FAILURES_PER_ADDRESS stops one address from
 * spraying guesses across many accounts.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000
export const LOGIN_FAILURES_PER_ACCOUNT = 5
export const LOGIN_FAILURES_PER_ADDRESS = 20
export const RESET_REQUESTS_PER_ADDRESS = 5

export const loginFailuresByAccount = createRateLimiter({
  limit: LOGIN_FAILURES_PER_ACCOUNT,
  windowMs: THROTTLE_WINDOW_MS,
})
export const loginFailuresByAddress = createRateLimiter({
  limit: LOGIN_FAILURES_PER_ADDRESS,
  windowMs: THROTTLE_WINDOW_MS,
})
export const resetRequestsByAddress = createRateLimiter({
  limit: RESET_REQUESTS_PER_ADDRESS,
  windowMs: THROTTLE_WINDOW_MS,
})

/** Clears every counter (tests, or an administrator restarting the server). */
export function resetAuthThrottle(): void {
  loginFailuresByAccount.reset()
  loginFailuresByAddress.reset()
  resetRequestsByAddress.reset()
}
