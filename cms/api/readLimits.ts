import { GraphQL } from '@payloadcms/graphql/types'
import type { ValidationRule } from 'graphql'
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  GlobalConfig,
  PayloadRequest,
  Plugin,
} from 'payload'
import { APIError } from 'payload'

import { localize, type Message } from '@collections/lib/messages'

/**
 * Most documents one API answer lists: the admin's largest page size (its per-page choices are
 * 5–100) and four times the site's listing pages. A client reads further with `page`.
 */
export const MAX_LIMIT = 100

/**
 * Deepest relationship population one REST answer may ask for. The admin asks for 0–1, Payload's
 * default is 2, and 3 reaches an article's related article's cover; each level multiplies the
 * work of a page of 100.
 */
export const MAX_DEPTH = 3

/** The paging parameters a client sent, as sent (REST query strings or GraphQL arguments). */
export type PagingRequest = {
  limit?: unknown
  page?: unknown
  pagination?: unknown
  depth?: unknown
}

export type PagingParameter = 'limit' | 'page' | 'pagination' | 'depth'
export type PagingProblem = { parameter: PagingParameter; message: Message }

const MESSAGES: Record<PagingParameter, Message> = {
  limit: {
    vi: `Tham số limit phải là số nguyên từ 1 đến ${MAX_LIMIT}: mỗi lần đọc tối đa ${MAX_LIMIT} mục, dùng page để đọc tiếp.`,
    en: `The limit parameter must be a whole number from 1 to ${MAX_LIMIT}: at most ${MAX_LIMIT} items per request; use page to read further.`,
  },
  page: {
    vi: 'Tham số page phải là số nguyên từ 1 trở lên.',
    en: 'The page parameter must be a whole number of 1 or more.',
  },
  pagination: {
    vi: `Không thể tắt phân trang (pagination=false) qua API: hãy đọc từng trang, tối đa ${MAX_LIMIT} mục mỗi trang.`,
    en: `Pagination cannot be turned off (pagination=false) through the API: read page by page, at most ${MAX_LIMIT} items per page.`,
  },
  depth: {
    vi: `Tham số depth phải là số nguyên từ 0 đến ${MAX_DEPTH}.`,
    en: `The depth parameter must be a whole number from 0 to ${MAX_DEPTH}.`,
  },
}

/** A whole number written plainly (`20`, not `2e1`, ` 20` or `20.0`), else NaN. */
function toWholeNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value)
  return NaN
}

const within = (value: unknown, min: number, max: number) => {
  const n = toWholeNumber(value)
  return n >= min && n <= max
}

/**
 * What is wrong with a request's paging, or nothing. Absent parameters take Payload's defaults
 * (10 per page, page 1, depth 2). An explicit value outside the bounds is refused rather than
 * clamped, so a client that asks for 100000 learns the rule instead of silently getting 100.
 * `limit=0`, a negative limit (SQLite reads it as "no limit") and `pagination=false` would each
 * return the whole collection.
 *
 * @example
 * findPagingProblems({ limit: '20', page: '2' }, { listing: true }) // []
 * findPagingProblems({ limit: '100000' }, { listing: true }) // [{ parameter: 'limit', … }]
 */
export function findPagingProblems(
  asked: PagingRequest,
  { listing }: { listing: boolean },
): PagingProblem[] {
  const problems: PagingParameter[] = []
  if (listing) {
    if (asked.limit !== undefined && !within(asked.limit, 1, MAX_LIMIT)) problems.push('limit')
    if (asked.page !== undefined && !within(asked.page, 1, Number.MAX_SAFE_INTEGER)) {
      problems.push('page')
    }
    if (asked.pagination !== undefined && asked.pagination !== true && asked.pagination !== 'true')
      problems.push('pagination')
  }
  if (asked.depth !== undefined && !within(asked.depth, 0, MAX_DEPTH)) problems.push('depth')
  return problems.map((parameter) => ({ parameter, message: MESSAGES[parameter] }))
}

/**
 * Refuses a REST request whose query asks for more than one bounded answer (400, naming the
 * parameter and the maximum in the person's language). Reads the query string as the client
 * sent it (`req.query`), not the operation's arguments: Payload's own and the hooks' internal
 * reads (relationship population, slug checks) run on the same request with `pagination:
 * false`, and Payload turns `limit=abc` into "no limit given". Only GET lists are paged;
 * the admin's bulk delete and restore send `limit=0` with DELETE and PATCH on purpose.
 * The Local API (the site's loaders, the admin's server views, jobs) is trusted code and is
 * not bounded here.
 */
function refuseUnboundedRest(req: PayloadRequest): void {
  if (req.payloadAPI !== 'REST') return
  const problems = findPagingProblems((req.query ?? {}) as PagingRequest, {
    listing: req.method === 'GET',
  })
  if (problems.length === 0) return
  const errors = problems.map((p) => ({ path: p.parameter, message: localize(req, p.message) }))
  throw new APIError(errors.map((e) => e.message).join(' '), 400, { errors }, true)
}

const boundCollectionReads: CollectionBeforeOperationHook = ({ req }) => {
  refuseUnboundedRest(req)
}

/**
 * A GraphQL validation rule: list queries' `limit`, `page` and `pagination` arguments, literal
 * or from variables, within the same bounds as REST. GraphQL has no `depth` (its nesting is
 * bounded by the complexity limit). Refused before anything runs; the answer is 400 for clients
 * that accept `application/graphql-response+json` (GraphQL over HTTP), 200 with `errors` for
 * plain `application/json` ones. `GraphQL` is Payload's own copy of the library: the handler
 * recognises a refusal by `instanceof GraphQLError`, which fails for an error made by a second
 * copy (ESM and CommonJS builds of `graphql` load as two).
 */
export const boundedGraphQLPaging =
  (args: { variableValues?: unknown; contextValue?: unknown }): ValidationRule =>
  (context) => ({
    Argument(node) {
      const parameter = node.name.value
      if (parameter !== 'limit' && parameter !== 'page' && parameter !== 'pagination') return
      const variables = (args.variableValues ?? {}) as Record<string, unknown>
      const value =
        node.value.kind === GraphQL.Kind.VARIABLE
          ? variables[node.value.name.value]
          : node.value.kind === GraphQL.Kind.INT
            ? Number(node.value.value)
            : node.value.kind === GraphQL.Kind.BOOLEAN
              ? node.value.value
              : node.value.kind === GraphQL.Kind.NULL
                ? undefined
                : NaN
      const [problem] = findPagingProblems({ [parameter]: value }, { listing: true })
      if (!problem) return
      const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
      const message = localize(req, problem.message)
      context.reportError(
        new GraphQL.GraphQLError(message, {
          nodes: [node],
          extensions: { statusCode: 400, data: { errors: [{ path: parameter, message }] } },
        }),
      )
    },
  })

/**
 * Bounds every REST answer of every collection and global (limit, page, pagination, depth), in
 * one hook added to each; GraphQL's list arguments are bounded by `boundedGraphQLPaging` in the
 * config's `graphQL.validationRules`.
 */
export function boundedReads(): Plugin {
  const withHook = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [boundCollectionReads, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })
  const withGlobalHook = (global: GlobalConfig): GlobalConfig => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [
        ({ req }) => refuseUnboundedRest(req),
        ...(global.hooks?.beforeOperation ?? []),
      ],
    },
  })
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHook),
    globals: (config.globals ?? []).map(withGlobalHook),
  })
}
