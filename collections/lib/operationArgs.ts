import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The parts of an operation's arguments that `beforeOperation` hooks read. Payload types the
 * arguments as a union over every operation, which has no common shape to read from.
 */
export type OperationArgs = {
  id?: number | string
  data?: unknown
  draft?: boolean
  autosave?: boolean
  overrideAccess?: boolean
  duplicateFromID?: unknown
}

/** A `beforeOperation` hook that can be attached to any collection. */
export type AnyBeforeOperationHook = CollectionBeforeOperationHook<any>
