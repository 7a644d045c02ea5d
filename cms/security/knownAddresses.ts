/**
 * Remembers from which client addresses each account has signed in successfully, for `ttlMs`
 * after the last success. In memory, like the rate limiters: one CMS server, one memory; a
 * restart forgets both the counters and the addresses.
 *
 * @example
 * const known = createKnownAddresses({ ttlMs: 30 * 86_400_000 })
 * known.remember('bien-tap@hub.example', '203.0.113.7')
 * known.has('bien-tap@hub.example', '203.0.113.7') // true
 * known.has('bien-tap@hub.example', '198.51.100.1') // false
 */
export type KnownAddresses = {
  remember: (account: string, address: string, now?: number) => void
  has: (account: string, address: string, now?: number) => boolean
  reset: () => void
}

export function createKnownAddresses({
  ttlMs,
  perAccount = 10,
  maxAccounts = 50_000,
}: {
  ttlMs: number
  /** The most recent addresses kept per account (an editor's office, home, phone…). */
  perAccount?: number
  maxAccounts?: number
}): KnownAddresses {
  // account → address → time of the last successful sign-in (Maps keep insertion order).
  const accounts = new Map<string, Map<string, number>>()

  return {
    remember(account, address, now = Date.now()) {
      let addresses = accounts.get(account)
      if (!addresses) {
        if (accounts.size >= maxAccounts) {
          const oldest = accounts.keys().next().value
          if (oldest !== undefined) accounts.delete(oldest)
        }
        addresses = new Map()
        accounts.set(account, addresses)
      }
      addresses.delete(address)
      addresses.set(address, now)
      while (addresses.size > perAccount) {
        const oldest = addresses.keys().next().value
        if (oldest === undefined) break
        addresses.delete(oldest)
      }
    },
    has(account, address, now = Date.now()) {
      const at = accounts.get(account)?.get(address)
      return at !== undefined && now - at < ttlMs
    },
    reset() {
      accounts.clear()
    },
  }
}
