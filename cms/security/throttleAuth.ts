import type { CollectionAfterLoginHook, PayloadRequest } from 'payload'

import {
  knownSignInAddresses,
  loginFailuresByAccount,
  loginFailuresByAddress,
  loginFailuresByAddressAndAccount,
  resetRequestsByAddress,
} from './authThrottle'
import { clientAddress } from './clientAddress'
import { refuse, type Message } from '@collections/lib/messages'
import type { AnyBeforeOperationHook, OperationArgs } from '@collections/lib/operationArgs'

const PENDING_LOGIN = 'hub:pendingLogin'

type PendingLogin = {
  address: string
  account: string
  /** The counters this attempt was counted against (given back if the password is right). */
  counted: { pair: boolean; address: boolean; account: boolean }
}

const pairKey = (address: string, account: string) => `${address}|${account}`
const accountOf = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase()
const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/**
 * Refuses with 429 and `Retry-After` (seconds). Payload's error response takes its headers from
 * `req.responseHeaders` (routeError), which an APIError cannot carry itself.
 */
function refuseTooMany(req: PayloadRequest, retryAfterMs: number, message: Message): never {
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))))
  req.responseHeaders = headers
  refuse(req, message, 429)
}

/**
 * Counts each login attempt before Payload checks the password (per address and account, per
 * address, per account — the rules are in authThrottle.ts), and each password-reset request per
 * address; over a limit the request is refused with 429. A correct password gives its counts
 * back (`rememberSignIn`), so only failures add up. Calls without a client address (Local API,
 * server code) are not limited.
 */
export const throttleAuth: AnyBeforeOperationHook = async ({
  args: operationArgs,
  operation,
  req,
}) => {
  const args = operationArgs as OperationArgs
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') {
    return operationArgs
  }
  const address = clientAddress(req.headers)
  if (!address) return operationArgs

  if (operation === 'login') {
    const data = (args.data ?? {}) as { email?: unknown; username?: unknown; password?: unknown }
    const account = accountOf(data.email ?? data.username)
    // Nothing to guess with: Payload refuses it (400, naming the missing field) uncounted.
    if (!account || typeof data.password !== 'string' || data.password.trim() === '') {
      return operationArgs
    }
    const pending: PendingLogin = {
      address,
      account,
      counted: { pair: false, address: false, account: false },
    }
    const giveBack = () => releaseCounts(pending)
    // An address this account has signed in from is limited by its own count only.
    const known = await knownSignInAddresses.has(account, address)

    // An address already over its limit is refused before anything is counted, so a sprayer
    // cannot make a counter for every account it names.
    const spent = known ? null : await loginFailuresByAddress.peek(address)
    if (spent && !spent.allowed) refuseFromAddress(req, spent.retryAfterMs)

    const pair = await loginFailuresByAddressAndAccount.hit(pairKey(address, account))
    if (!pair.allowed) refuseFromAddress(req, pair.retryAfterMs)
    pending.counted.pair = true

    if (!known) {
      const fromAddress = await loginFailuresByAddress.hit(address)
      if (!fromAddress.allowed) {
        await giveBack()
        refuseFromAddress(req, fromAddress.retryAfterMs)
      }
      pending.counted.address = true
      const onAccount = await loginFailuresByAccount.hit(account)
      if (!onAccount.allowed) {
        await giveBack()
        const wait = minutes(onAccount.retryAfterMs)
        refuseTooMany(req, onAccount.retryAfterMs, {
          vi: `Tài khoản này bị đăng nhập sai quá nhiều lần nên tạm thời chỉ nhận đăng nhập từ nơi bạn thường dùng. Vui lòng thử lại sau ${wait} phút, hoặc dùng "Quên mật khẩu".`,
          en: `This account has had too many failed sign-ins, so for now it accepts sign-ins only from places you usually use. Try again in ${wait} minutes, or use "Forgot password".`,
        })
      }
      pending.counted.account = true
    }
    req.context[PENDING_LOGIN] = pending
    return operationArgs
  }

  const requests = await resetRequestsByAddress.hit(address)
  if (!requests.allowed) {
    const wait = minutes(requests.retryAfterMs)
    refuseTooMany(req, requests.retryAfterMs, {
      vi: `Quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ này. Vui lòng thử lại sau ${wait} phút.`,
      en: `Too many password-reset requests from this address. Try again in ${wait} minutes.`,
    })
  }
  return operationArgs
}

function refuseFromAddress(req: PayloadRequest, retryAfterMs: number): never {
  const wait = minutes(retryAfterMs)
  refuseTooMany(req, retryAfterMs, {
    vi: `Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${wait} phút, hoặc dùng "Quên mật khẩu".`,
    en: `Too many failed sign-ins from this address. Try again in ${wait} minutes, or use "Forgot password".`,
  })
}

async function releaseCounts({ address, account, counted }: PendingLogin): Promise<void> {
  await Promise.all([
    counted.pair && loginFailuresByAddressAndAccount.release(pairKey(address, account)),
    counted.address && loginFailuresByAddress.release(address),
    counted.account && loginFailuresByAccount.release(account),
  ])
}

/**
 * A correct password is not a failure: give the attempt's counts back, and remember the address
 * as one this account signs in from. Payload also runs this after a password reset through the
 * e-mailed link — the owner proved who they are — which clears the account's failures.
 */
export const rememberSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const pending = req.context[PENDING_LOGIN] as PendingLogin | undefined
  const address = pending?.address ?? clientAddress(req.headers)
  const account = accountOf(user?.email)
  if (pending) {
    await releaseCounts(pending)
    req.context[PENDING_LOGIN] = undefined
  } else if (address) {
    await Promise.all([
      loginFailuresByAccount.clear(account),
      loginFailuresByAddressAndAccount.clear(pairKey(address, account)),
    ])
  }
  if (address && account) await knownSignInAddresses.remember(account, address)
  return user
}
