/**
 * The shape of one row of the bad-input suite (test/cms/bad-input.test.ts): what a person sends
 * over HTTP, and what they must get back. Each `*.cases.ts` file beside this one exports
 * `cases: BadInputCase[]`; the runner sends every row twice — once with Vietnamese, once with
 * English as the person's language — and checks the status, the reason in that language, the
 * field it is attached to, and that nothing was stored or changed.
 */
import type { Payload } from 'payload'

import type { Account, Newsroom } from '../../helpers/factories'

export type Language = 'vi' | 'en'

/** Who sends the request: nobody signed in, or the newsroom account of that role (outlet A). */
export type Sender = 'anonymous' | 'admin' | 'chief' | 'editor' | 'contributor'

export type BadRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path and query under the CMS origin, e.g. `/api/events`. */
  path: string
  body?: unknown
  file?: { data: Buffer; name: string; type: string; fields?: Record<string, unknown> }
  headers?: Record<string, string>
}

/** What the rows may use: the running Payload, the newsroom, and what `setup` of the file made. */
export type BadInputContext = {
  payload: Payload
  newsroom: Newsroom
  account: (sender: Exclude<Sender, 'anonymous'>) => Account
  /** Ids made by the case files' `setup` (e.g. a published article to try to break). */
  fixtures: Record<string, number | string>
}

export type BadInputCase = {
  /** One line: what the person tried. */
  name: string
  as: Sender
  send:
    BadRequest | ((ctx: BadInputContext, language: Language) => BadRequest | Promise<BadRequest>)
  status: number
  /** The reason the person reads, in each language (matched against every message returned). */
  says: { vi: RegExp; en: RegExp }
  /** The field the reason must be attached to (`errors[].data.errors[].path`), when it is a field's. */
  field?: string
  /** 429s: the answer carries `Retry-After` (seconds). */
  retryAfter?: boolean
  /** Runs before each send (once per language), e.g. to use up a limit first. */
  before?: (ctx: BadInputContext, language: Language) => Promise<void>
}

/** A `*.cases.ts` file: its rows, and what they need made first. */
export type CaseFile = {
  cases: BadInputCase[]
  setup?: (ctx: BadInputContext) => Promise<Record<string, number | string>>
}
