/**
 * The hub's nginx configuration, generated: ports, addresses and paths are parameters, and the
 * blocks that must answer like the live site server (security headers, content types, caching,
 * the addresses only the live server can answer) are written from the same TypeScript rules the
 * live server uses (cms/publish/serving.ts, cms/security/headers.ts) — one definition, never a
 * copied list.
 *
 * ```sh
 * npm run nginx:config -- --cms 10.0.0.11:3000,10.0.0.12:3000 --live 127.0.0.1:4321 \
 *   --publish-dir /srv/hub/data/site --site-name hub.haiphong.gov.vn \
 *   --cms-name cms.hub.haiphong.gov.vn > /etc/nginx/conf.d/hub.conf
 * npm run nginx:config -- --help
 * ```
 *
 * `renderHubConfig` writes the http-context part (for Debian's /etc/nginx/conf.d/);
 * `renderStandaloneConfig` wraps it into a whole nginx.conf with its own prefix, pid, logs and
 * temp directories (`nginx -p <prefix> -c <prefix>/nginx.conf -e <prefix>/error.log`), as the
 * cluster test runs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { MAX_UPLOAD_BYTES } from '@collections/lib/uploads'
import { sitePublishDir } from '@cms/publish/layout'
import {
  cacheControlOf,
  CACHE_CONTROL_RULES,
  COMPRESSIBLE,
  CONTENT_TYPES,
  DEFAULT_CONTENT_TYPE,
  FILE_HEADERS,
  LIVE_ONLY_PREFIXES,
  MIN_COMPRESSED_BYTES,
  NAMED_CONTENT_TYPES,
} from '@cms/publish/serving'
import { REPORT_FIELDS } from '@cms/pageViews/reports'
import {
  SITE_SEARCH_INDEX_PREFIX,
  SITE_SEARCH_PAGES,
  SITE_UPLOAD_PREFIX,
  siteResponseKind,
} from '@cms/security/headers'

const HERE = path.dirname(fileURLToPath(import.meta.url))

export type HubNginxOptions = {
  /** The CMS instances (`host:port`), all sharing PAYLOAD_SECRET, the database and MEDIA_DIR. */
  cmsInstances: string[]
  /** The live site server (`host:port`): `npm start`'s, or the worker's, SITE_PORT. */
  liveSite: string
  /** SITE_PUBLISH_DIR of the live site server (absolute): `current` and `search-current`. */
  publishDir: string
  /** What the public site's server block listens on (`80`, `127.0.0.1:8080`…). */
  siteListen?: string
  siteServerName?: string
  /** What the CMS's server block listens on. */
  cmsListen?: string
  cmsServerName?: string
  /**
   * How requests are spread: `least_conn` (sessions are JWT cookies valid on every instance, so
   * nothing needs to stick) or `ip_hash` (one client stays on one instance while it is up).
   */
  balance?: 'least_conn' | 'ip_hash'
  /** The access log file (with the `hub_upstream` format), or `off`. */
  accessLog?: string
  /**
   * Where the live site server takes page-view reports (`127.0.0.1:<SITE_PAGE_VIEWS_PORT>`), so
   * pages sent from disk are counted; unset: they are not.
   */
  pageViewReports?: string
}

export type StandaloneNginxOptions = HubNginxOptions & {
  /** nginx's prefix: pid, error log, temp directories; the http part is written beside it. */
  prefix: string
  /** The workers' user, when nginx starts as root (Debian: www-data). */
  user?: string
  workerProcesses?: number
}

/** One placeholder `{{name}}` per value; a name the template lacks, or one left over, throws. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>()
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {{${name}}} in the nginx template`)
    used.add(name)
    return values[name]!
  })
  const unused = Object.keys(values).filter((name) => !used.has(name))
  if (unused.length) throw new Error(`The nginx template has no {{${unused.join('}}, {{')}}}`)
  return filled
}

/**
 * A string as an nginx double-quoted parameter. nginx has no escape for `$` (a variable), so a
 * value holding one cannot be written as a constant and is refused.
 */
export function nginxString(value: string): string {
  if (/[$\n\r]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} for nginx`)
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const indent = (lines: string[], depth: number) =>
  lines.map((line) => (line ? `${' '.repeat(depth * 4)}${line}` : line)).join('\n')

/** `Content-Security-Policy` → `$hub_site_content_security_policy`. */
const headerVariable = (key: string) => `$hub_site_${key.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`

type FileKind = keyof typeof FILE_HEADERS

/**
 * The files the site serves, by what decides their type: each file name of NAMED_CONTENT_TYPES,
 * then each extension of CONTENT_TYPES (anything else is DEFAULT_CONTENT_TYPE). `pattern` is
 * an nginx regex on `$uri`; regexes are tried in order, so a name wins over its extension.
 */
function fileClasses(): { pattern: string; type: string; named: boolean }[] {
  const named = Object.entries(NAMED_CONTENT_TYPES).map(([name, type]) => ({
    pattern: `"~/${escapeRegex(name)}$"`,
    type,
    named: true,
  }))
  const byExtension = Object.entries(CONTENT_TYPES).map(([extension, type]) => ({
    // Case-insensitive, as the live server lower-cases extensions.
    pattern: `"~*${escapeRegex(extension)}$"`,
    type,
    named: false,
  }))
  return [...named, ...byExtension]
}

/**
 * A map on `$uri` whose value for a file outside the `prefixes` is `valueOf(its path, its type)`
 * — the live server's own function — so nginx decides by the file's address alone. It must not
 * read the answer's Content-Type: a 304 has none, and its headers replace the cached ones.
 */
function mapByFile(
  variable: string,
  prefixes: { key: string; value: string }[],
  valueOf: (sitePath: string, type: string) => string,
): string[] {
  const fallback = valueOf('/x', DEFAULT_CONTENT_TYPE)
  const lines = [`map $uri ${variable} {`, ...prefixes.map((p) => `    ${p.key} ${p.value};`)]
  for (const { pattern, type, named } of fileClasses()) {
    const value = valueOf('/x', type)
    // Named files are listed even with the fallback's value: their name beats their extension.
    if (named || value !== fallback) lines.push(`    ${pattern} ${value};`)
  }
  lines.push(`    default ${fallback};`, '}')
  return lines
}

/**
 * The maps that give each answer served from disk the headers the live server would send: its
 * kind (siteResponseKind), each security header's value for that kind (siteHeaders), its
 * Cache-Control (cacheControlOf).
 */
function siteHeaderMaps(): string {
  const searchPages = SITE_SEARCH_PAGES.flatMap((page) => [page, `${page}index.html`])
  const kinds = Object.keys(FILE_HEADERS) as FileKind[]
  const keys = [...new Set(kinds.flatMap((kind) => FILE_HEADERS[kind].map((h) => h.key)))]
  const lines = [
    '# Each answer from disk gets the security headers of its kind (cms/security/headers.ts',
    '# siteResponseKind, siteHeaders): upload, search, page (HTML) or resource.',
    ...mapByFile(
      '$hub_site_kind',
      [
        { key: `"~^${escapeRegex(SITE_UPLOAD_PREFIX)}"`, value: 'upload' },
        { key: `"~^${escapeRegex(SITE_SEARCH_INDEX_PREFIX)}"`, value: 'search' },
        // Exact addresses are looked up before any pattern.
        ...searchPages.map((page) => ({ key: nginxString(page), value: 'search' })),
      ],
      (sitePath, type) => siteResponseKind(sitePath, type),
    ),
  ]
  for (const key of keys) {
    lines.push('', `map $hub_site_kind ${headerVariable(key)} {`)
    for (const kind of kinds) {
      const value = FILE_HEADERS[kind].find((h) => h.key === key)?.value ?? ''
      lines.push(`    ${kind} ${nginxString(value)};`)
    }
    lines.push(`    default "";`, '}')
  }
  const prefixRules = CACHE_CONTROL_RULES.filter((rule) => 'pathPrefix' in rule)
  if (CACHE_CONTROL_RULES.slice(0, prefixRules.length).some((rule) => !('pathPrefix' in rule))) {
    throw new Error('CACHE_CONTROL_RULES: address rules must come before type rules')
  }
  lines.push(
    '',
    '# Cache-Control of files from disk (cms/publish/serving.ts cacheControlOf).',
    ...mapByFile(
      '$hub_site_cache_control',
      prefixRules.map((rule) => ({
        key: `"~^${escapeRegex(rule.pathPrefix)}"`,
        value: nginxString(rule.value),
      })),
      (sitePath, type) => nginxString(cacheControlOf(sitePath, type)),
    ),
  )
  return lines.join('\n')
}

/** What a location serving files from disk adds: compression, and the headers by kind. */
function siteFileHeaders(): string {
  const keys = [...new Set(Object.values(FILE_HEADERS).flatMap((list) => list.map((h) => h.key)))]
  return indent(
    [
      'gzip on;',
      ...keys.map((key) => `add_header ${key} ${headerVariable(key)} always;`),
      'add_header Cache-Control $hub_site_cache_control always;',
      'add_header X-Site-Release $hub_site_release always;',
    ],
    2,
  )
}

/**
 * A content type as nginx sets it: the MIME type from `types`, and `; charset=utf-8` added by
 * its charset module (a type written with its charset would not be found by gzip_types).
 */
function splitContentType(type: string): { mime: string; utf8: boolean } {
  const [mime, ...parameters] = type.split(';').map((part) => part.trim())
  const utf8 = parameters.length === 1 && parameters[0]!.toLowerCase() === 'charset=utf-8'
  if (parameters.length > (utf8 ? 1 : 0)) throw new Error(`Cannot write ${type} for nginx`)
  return { mime: mime!, utf8 }
}

const allContentTypes = () => [
  ...Object.values(CONTENT_TYPES),
  ...Object.values(NAMED_CONTENT_TYPES),
  DEFAULT_CONTENT_TYPE,
]

/** The site's content types (CONTENT_TYPES), nginx's own list replaced, and their charset. */
function siteTypes(): string {
  const byType = new Map<string, string[]>()
  for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
    const { mime } = splitContentType(type)
    byType.set(mime, [...(byType.get(mime) ?? []), extension.slice(1)])
  }
  const utf8 = [...new Set(allContentTypes().filter((t) => splitContentType(t).utf8))]
  return indent(
    [
      'types {',
      ...[...byType].map(([mime, extensions]) => `    ${mime} ${extensions.join(' ')};`),
      '}',
      `default_type ${splitContentType(DEFAULT_CONTENT_TYPE).mime};`,
      'charset utf-8;',
      `charset_types ${utf8.map((type) => splitContentType(type).mime).join(' ')};`,
    ],
    1,
  )
}

/** Feeds whose file name, not extension, gives the type (NAMED_CONTENT_TYPES). */
function namedTypeLocations(): string {
  return Object.entries(NAMED_CONTENT_TYPES)
    .map(([name, type]) =>
      [
        `    location ~ /${escapeRegex(name)}$ {`,
        '        types { }',
        `        default_type ${splitContentType(type).mime};`,
        '        try_files $uri @live_site;',
        siteFileHeaders(),
        '    }',
      ].join('\n'),
    )
    .join('\n\n')
}

/** Forms (fresh token per request, posts) and previews: only the live server can answer them. */
function liveOnlyLocations(): string {
  return LIVE_ONLY_PREFIXES.map(
    (prefix) => `    location ^~ ${prefix} {\n        proxy_pass http://hub_live_site;\n    }`,
  ).join('\n')
}

/** The headers every proxied request carries (cms/security/clientAddress.ts reads them). */
function proxyHeaders(): string {
  return indent(
    [
      'proxy_http_version 1.1;',
      'proxy_set_header Connection "";',
      'proxy_set_header Host $http_host;',
      // Appends the address nginx saw: the entry TRUSTED_PROXY_HOPS=1 makes the client.
      'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
      'proxy_set_header X-Forwarded-Proto $scheme;',
      'proxy_set_header X-Forwarded-Host $http_host;',
    ],
    1,
  )
}

/** The gzip_types list: every content type of the site that the live server compresses. */
function gzipTypes(): string {
  const types = allContentTypes()
    .filter((type) => COMPRESSIBLE.test(type))
    .map((type) => splitContentType(type).mime)
    // nginx always compresses text/html and refuses it in the list.
    .filter((type) => type !== 'text/html')
  return [...new Set(types)].join(' ')
}

/** The page-view reports' log format: one JSON object of the facts the counting rule reads. */
function pageViewFormat(): string {
  const fields = Object.entries(REPORT_FIELDS).map(([name, variable]) => `"${name}":"${variable}"`)
  return `log_format hub_page_view escape=json '{${fields.join(',')}}';`
}

/** The site's access log, and the page-view reports when they have a receiver. */
function siteAccessLog(accessLog: string, pageViewReports: string | undefined): string {
  const lines = accessLog === 'off' ? [] : [`access_log ${accessLog} hub_upstream;`]
  if (pageViewReports) {
    lines.push(
      `access_log syslog:server=${pageViewReports},tag=hub_page_view,nohostname hub_page_view if=$hub_page_view;`,
    )
  } else {
    lines.push('# Page views of pages from disk: not reported (no --page-views), so not counted.')
  }
  // `access_log off` would cancel the reports too.
  if (accessLog === 'off' && !pageViewReports) lines.unshift('access_log off;')
  return indent(lines, 1)
}

const readTemplate = (name: string) => fs.readFileSync(path.join(HERE, name), 'utf8')

/** The http-context configuration (upstreams, maps, the CMS and site server blocks). */
export function renderHubConfig(options: HubNginxOptions): string {
  if (options.cmsInstances.length === 0) throw new Error('At least one CMS instance is needed')
  if (!path.isAbsolute(options.publishDir)) {
    throw new Error(`The publish directory must be an absolute path: ${options.publishDir}`)
  }
  const accessLog = options.accessLog ?? '/var/log/nginx/hub.access.log'
  return fillTemplate(readTemplate('hub.conf.template'), {
    site_listen: options.siteListen ?? '80',
    site_server_name: options.siteServerName ?? '_',
    cms_listen: options.cmsListen ?? '80',
    cms_server_name: options.cmsServerName ?? '_',
    balance: options.balance ?? 'least_conn',
    cms_servers: indent(
      options.cmsInstances.map((address) => `server ${address} max_fails=1 fail_timeout=10s;`),
      1,
    ),
    live_site: options.liveSite,
    publish_dir: options.publishDir.replace(/\/+$/, ''),
    access_log: accessLog === 'off' ? 'off' : `${accessLog} hub_upstream`,
    site_access_log: siteAccessLog(accessLog, options.pageViewReports),
    page_view_format: pageViewFormat(),
    // Above the CMS's requestSizeLimit (MAX_UPLOAD_BYTES + 1 MiB), so the CMS answers the 413.
    cms_body_limit: `${Math.ceil(MAX_UPLOAD_BYTES / 2 ** 20) + 2}m`,
    site_header_maps: siteHeaderMaps(),
    site_file_headers: siteFileHeaders(),
    site_types: siteTypes(),
    named_type_locations: namedTypeLocations(),
    live_only_locations: liveOnlyLocations(),
    search_index_prefix: SITE_SEARCH_INDEX_PREFIX,
    proxy_headers: proxyHeaders(),
    gzip_min_length: String(MIN_COMPRESSED_BYTES),
    gzip_types: gzipTypes(),
  })
}

/**
 * A whole nginx.conf for an nginx of its own (no system service): it includes `hub.conf`,
 * written beside it by {@link writeStandaloneConfig}.
 */
export function renderStandaloneConfig(options: StandaloneNginxOptions): string {
  return fillTemplate(readTemplate('nginx.conf.template'), {
    user: options.user ? `user ${options.user};` : '# (not started as root: no user directive)',
    worker_processes: String(options.workerProcesses ?? 1),
    prefix: options.prefix,
  })
}

/** Writes `<prefix>/nginx.conf` and `<prefix>/hub.conf`; returns the nginx.conf path. */
export function writeStandaloneConfig(options: StandaloneNginxOptions): string {
  fs.mkdirSync(options.prefix, { recursive: true })
  fs.writeFileSync(
    path.join(options.prefix, 'hub.conf'),
    renderHubConfig({
      ...options,
      accessLog: options.accessLog ?? path.join(options.prefix, 'access.log'),
    }),
  )
  const conf = path.join(options.prefix, 'nginx.conf')
  fs.writeFileSync(conf, renderStandaloneConfig(options))
  return conf
}

const HELP = `npm run nginx:config -- [options]   (writes the http-context configuration to stdout)

  --cms <host:port,…>      the CMS instances (default 127.0.0.1:$CMS_PORT or 3000)
  --live <host:port>       the live site server (default 127.0.0.1:$SITE_PORT or 4321)
  --publish-dir <path>     its SITE_PUBLISH_DIR (default: as the hub resolves it here)
  --site-listen <listen>   the public site's listen parameter (default 80)
  --site-name <name>       its server_name (default _)
  --cms-listen <listen>    the CMS's listen parameter (default 80)
  --cms-name <name>        its server_name (default _)
  --balance <method>       least_conn (default) or ip_hash
  --access-log <file|off>  (default /var/log/nginx/hub.access.log)
  --page-views <host:port> where the live site server takes page-view reports (default
                           127.0.0.1:$SITE_PAGE_VIEWS_PORT when set; else pages nginx sends
                           from disk are not counted)
  --standalone <prefix>    write <prefix>/nginx.conf and <prefix>/hub.conf for an nginx of its
                           own (nginx -p <prefix> -c <prefix>/nginx.conf -e <prefix>/error.log)
  --user <name>            with --standalone, the workers' user when started as root`

function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      cms: { type: 'string' },
      live: { type: 'string' },
      'publish-dir': { type: 'string' },
      'site-listen': { type: 'string' },
      'site-name': { type: 'string' },
      'cms-listen': { type: 'string' },
      'cms-name': { type: 'string' },
      balance: { type: 'string' },
      'access-log': { type: 'string' },
      'page-views': { type: 'string' },
      standalone: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return console.log(HELP)
  if (values.balance && values.balance !== 'least_conn' && values.balance !== 'ip_hash') {
    throw new Error(`--balance must be least_conn or ip_hash, not ${values.balance}`)
  }
  const options: HubNginxOptions = {
    cmsInstances: (values.cms ?? `127.0.0.1:${process.env.CMS_PORT || 3000}`).split(','),
    liveSite: values.live ?? `127.0.0.1:${process.env.SITE_PORT || 4321}`,
    publishDir: path.resolve(values['publish-dir'] ?? sitePublishDir()),
    siteListen: values['site-listen'],
    siteServerName: values['site-name'],
    cmsListen: values['cms-listen'],
    cmsServerName: values['cms-name'],
    balance: values.balance as HubNginxOptions['balance'],
    accessLog: values['access-log'],
    pageViewReports:
      values['page-views'] ??
      (process.env.SITE_PAGE_VIEWS_PORT
        ? `127.0.0.1:${process.env.SITE_PAGE_VIEWS_PORT}`
        : undefined),
  }
  if (values.standalone) {
    const prefix = path.resolve(values.standalone)
    const conf = writeStandaloneConfig({ ...options, prefix, user: values.user })
    console.error(`Written: ${conf} (run: nginx -p ${prefix} -c ${conf} -e ${prefix}/error.log)`)
  } else {
    process.stdout.write(renderHubConfig(options))
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
