import { refuse, rejectIfInvalid } from '../lib/messages'
import { hasRole, relationId, sameId } from '../lib/roles'
import type { AnyBeforeOperationHook, OperationArgs } from '../lib/operationArgs'

/** Shorter passwords fall to guessing; longer ones only make hashing a denial-of-service lever. */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

/**
 * Checks what an account change asks for, before field access would silently drop it: a
 * password of sensible length (on sign-up, change and reset), roles changed by an
 * administrator only and never their own, outlets reassigned by an administrator only.
 */
export const guardAccountChanges: AnyBeforeOperationHook = async ({
  args: operationArgs,
  operation,
  req,
}) => {
  const args = operationArgs as OperationArgs
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') {
    return operationArgs
  }
  const data = (args.data ?? {}) as { password?: unknown; role?: unknown; outlet?: unknown }

  if (typeof data.password === 'string') {
    const length = [...data.password].length
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      rejectIfInvalid(req, 'users', [
        {
          path: 'password',
          message:
            length < MIN_PASSWORD_LENGTH
              ? {
                  vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu dài dễ nhớ là mật khẩu tốt.`,
                  en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long. A long sentence you remember makes a good one.`,
                }
              : {
                  vi: `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
                  en: `The password cannot be longer than ${MAX_PASSWORD_LENGTH} characters.`,
                },
        },
      ])
    }
  }

  const user = req.user
  if (operation !== 'update' || args.overrideAccess || !user || args.id === undefined)
    return operationArgs
  const changesRole = data.role !== undefined
  const changesOutlet = data.outlet !== undefined
  if (!changesRole && !changesOutlet) return operationArgs

  const current = await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: args.id } },
    req,
  })
  if (!current) return operationArgs
  const account = current as { role?: string; outlet?: unknown }
  const isAdmin = hasRole(user, 'admin')

  if (changesRole && data.role !== account.role) {
    if (!isAdmin) {
      refuse(
        req,
        {
          vi: 'Chỉ Quản trị mới được thay đổi vai trò.',
          en: 'Only administrators can change roles.',
        },
        403,
      )
    }
    if (sameId(args.id, user.id)) {
      refuse(
        req,
        {
          vi: 'Bạn không thể tự thay đổi vai trò của mình; hãy nhờ một Quản trị khác.',
          en: 'You cannot change your own role; ask another administrator.',
        },
        403,
      )
    }
  }
  const outletChanged = relationId(data.outlet) !== null || relationId(account.outlet) !== null
  if (changesOutlet && outletChanged && !sameId(data.outlet, account.outlet) && !isAdmin) {
    refuse(
      req,
      {
        vi: 'Chỉ Quản trị mới được đổi cơ quan của tài khoản.',
        en: "Only administrators can change an account's outlet.",
      },
      403,
    )
  }
  return operationArgs
}
