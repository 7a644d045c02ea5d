import type { CollectionAfterLoginHook } from 'payload'

import {
  loginFailuresByAccount,
  loginFailuresByAddress,
  resetRequestsByAddress,
} from './authThrottle'
import { clientAddress } from './clientAddress'
import { refuse } from '@collections/lib/messages'
import type { AnyBeforeOperationHook, OperationArgs } from '@collections/lib/operationArgs'

const PENDING_LOGIN = 'hub:pendingLogin'

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/**
 * Counts each login attempt against the client's address (per account and in total) before
 * Payload checks the password, and each password-reset request; over the limit the request is
 * refused with 429. A successful login gives its attempt back (`releaseLoginAttempt`), so only
 * failures add up. Calls without a client address (Local API, server code) are not limited.
 */
export const throttleAuth: AnyBeforeOperationHook = ({ args: operationArgs, operation, req }) => {
  const args = operationArgs as OperationArgs
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') {
    return operationArgs
  }
  const address = clientAddress(req.headers)
  if (!address) return operationArgs

  if (operation === 'login') {
    const data = (args.data ?? {}) as { email?: unknown; username?: unknown }
    const account = String(data.email ?? data.username ?? '')
      .trim()
      .toLowerCase()
    const accountKey = `${address}|${account}`
    const perAccount = loginFailuresByAccount.hit(accountKey)
    const perAddress = perAccount.allowed ? loginFailuresByAddress.hit(address) : perAccount
    if (!perAddress.allowed) {
      if (perAccount.allowed) loginFailuresByAccount.release(accountKey)
      const wait = minutes(perAddress.retryAfterMs)
      refuse(
        req,
        {
          vi: `Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${wait} phút, hoặc dùng "Quên mật khẩu".`,
          en: `Too many failed sign-ins from this address. Try again in ${wait} minutes, or use "Forgot password".`,
        },
        429,
      )
    }
    req.context[PENDING_LOGIN] = { address, accountKey }
    return operationArgs
  }

  const requests = resetRequestsByAddress.hit(address)
  if (!requests.allowed) {
    const wait = minutes(requests.retryAfterMs)
    refuse(
      req,
      {
        vi: `Quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ này. Vui lòng thử lại sau ${wait} phút.`,
        en: `Too many password-reset requests from this address. Try again in ${wait} minutes.`,
      },
      429,
    )
  }
  return operationArgs
}

/** A correct password is not a failure: give the attempt back. */
export const releaseLoginAttempt: CollectionAfterLoginHook = ({ req, user }) => {
  const pending = req.context[PENDING_LOGIN] as { address: string; accountKey: string } | undefined
  if (pending) {
    loginFailuresByAccount.release(pending.accountKey)
    loginFailuresByAddress.release(pending.address)
    req.context[PENDING_LOGIN] = undefined
  }
  return user
}
