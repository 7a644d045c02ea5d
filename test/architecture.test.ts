import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The import rules of ../shared/design/structure.md, read from every source file git knows:
 * data flows one way, editor → collections → CMS → site/channels → reader.
 *
 * | part                | may import                                                          |
 * | ------------------- | ------------------------------------------------------------------- |
 * | channels/           | npm, node: (plain data in, strings/bytes out)                       |
 * | collections/        | payload, npm, node:, channels/text.ts (the text rules all output   |
 * |                     | and the content model share: what counts as an invisible character) |
 * | cms/                | collections/, channels/, payload, astro (to build), npm, node:      |
 * | site/lib/loaders/   | site/lib, collections/, cms/payload.config + cms/database, channels |
 * | site/ (the rest)    | site/ one way (pages → views → layouts → components → lib),         |
 * |                     | collections/vocabulary + lib, payload-types (types), channels/      |
 * | test/, scripts/     | anything                                                            |
 * | deploy/             | cms/, collections/, npm, node: (configuration generated from the   |
 * |                     | rules the CMS serves by, e.g. the nginx security headers)           |
 */

/** What an import points at: a part of the repository, or a kind of package. */
type Target =
  | { kind: 'local'; file: string }
  | { kind: 'node' }
  | { kind: 'payload'; name: string }
  | { kind: 'astro' }
  | { kind: 'npm'; name: string }

type Import = { specifier: string; typeOnly: boolean }
type Rule = {
  part: string
  owns: (file: string) => boolean
  allows: (to: Target, imp: Import) => boolean
}

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/
const ALIASES: Record<string, string> = {
  '@channels/': 'channels/',
  '@collections/': 'collections/',
  '@cms/': 'cms/',
  '@site/': 'site/',
  '@test/': 'test/',
}
const PAYLOAD_PACKAGES = /^(payload|@payloadcms\/[^/]+)(\/|$)/
const under =
  (...dirs: string[]) =>
  (file: string) =>
    dirs.some((d) => file.startsWith(d))
const local = (to: Target, ...dirs: string[]) => to.kind === 'local' && under(...dirs)(to.file)
const packages = (to: Target) => to.kind === 'npm' || to.kind === 'node'

/** Most specific first: the first rule that owns a file judges its imports. */
export const RULES: Rule[] = [
  {
    part: 'channels',
    owns: under('channels/'),
    allows: (to) => packages(to) || local(to, 'channels/'),
  },
  {
    part: 'collections',
    owns: under('collections/'),
    allows: (to) =>
      packages(to) ||
      to.kind === 'payload' ||
      local(to, 'collections/') ||
      // The bottom module: pure string rules with no imports, so one definition of "invisible
      // character" serves what the CMS stores and what every channel prints.
      (to.kind === 'local' && to.file.replace(/\.ts$/, '') === 'channels/text'),
  },
  {
    part: 'cms',
    owns: under('cms/'),
    allows: (to) =>
      packages(to) ||
      to.kind === 'payload' ||
      // The publisher runs Astro's build() on the site's sources, as a tool: no site module.
      to.kind === 'astro' ||
      local(to, 'cms/', 'collections/', 'channels/'),
  },
  {
    part: 'site/lib/loaders',
    owns: under('site/lib/loaders/'),
    allows: (to) =>
      packages(to) ||
      to.kind === 'payload' ||
      to.kind === 'astro' ||
      local(to, 'site/lib/', 'collections/', 'channels/', 'cms/payload.config', 'cms/database'),
  },
  ...siteLayers(),
  {
    part: 'site (configuration)',
    owns: under('site/'),
    allows: (to) => packages(to) || to.kind === 'astro' || local(to, 'site/lib/'),
  },
  { part: 'test', owns: under('test/'), allows: () => true },
  { part: 'scripts', owns: under('scripts/'), allows: () => true },
  {
    part: 'deploy',
    owns: under('deploy/'),
    // Web-server configuration written from the CMS's own rules; never from the site.
    allows: (to) => packages(to) || local(to, 'deploy/', 'cms/', 'collections/'),
  },
  {
    part: 'repository root',
    owns: (file) => !file.includes('/'),
    // The test runner's configuration names its setup files.
    allows: (to) => packages(to) || to.kind === 'astro' || local(to, 'test/setup/'),
  },
]

/** pages → views → layouts → components → lib, never back; none of them reaches Payload. */
function siteLayers(): Rule[] {
  const layers = ['site/pages/', 'site/views/', 'site/layouts/', 'site/components/', 'site/lib/']
  return layers.map((layer, index) => ({
    part: layer.slice(0, -1),
    owns: under(layer),
    allows: (to: Target, imp: Import) => {
      if (packages(to) || to.kind === 'astro' || local(to, 'site/styles/')) return true
      // The Lexical → HTML converter is a pure function of the rich-text JSON.
      if (to.kind === 'payload') return to.name === '@payloadcms/richtext-lexical/html'
      // The draft preview is the one page rendered on request: it reads through the loaders.
      if (local(to, 'site/lib/loaders/')) return layer === 'site/pages/'
      return (
        local(to, 'channels/', 'collections/vocabulary/', 'collections/lib/') ||
        local(to, ...layers.slice(index)) ||
        // The generated content types are the one source of types for CMS and site.
        (imp.typeOnly && local(to, 'collections/payload-types'))
      )
    },
  }))
}

/** Where an import specifier written in `from` points. */
export function resolveTarget(from: string, specifier: string): Target {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return { kind: 'node' }
  if (specifier.startsWith('astro:') || /^astro(\/|$)/.test(specifier)) return { kind: 'astro' }
  if (specifier === '@payload-config') return { kind: 'local', file: 'cms/payload.config.ts' }
  if (PAYLOAD_PACKAGES.test(specifier)) return { kind: 'payload', name: specifier }
  for (const [alias, dir] of Object.entries(ALIASES)) {
    if (specifier.startsWith(alias))
      return { kind: 'local', file: dir + specifier.slice(alias.length) }
  }
  if (specifier.startsWith('.')) {
    return {
      kind: 'local',
      file: path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)),
    }
  }
  return { kind: 'npm', name: specifier }
}

/** The import specifiers of a source text (TypeScript's own scanner; .astro: script parts). */
export function readImports(file: string, text: string): Import[] {
  const code = file.endsWith('.astro') ? astroScripts(text) : text
  const { importedFiles } = ts.preProcessFile(code, true, true)
  return importedFiles.map(({ fileName, pos }) => ({
    specifier: fileName,
    typeOnly: /^(import|export)\s+type\b/.test(statementBefore(code, pos)),
  }))
}

/** The statement an import specifier at `pos` belongs to, from its keyword up to it. */
function statementBefore(code: string, pos: number): string {
  const start = Math.max(code.lastIndexOf('import', pos), code.lastIndexOf('export', pos), 0)
  return code.slice(start, pos)
}

/** The frontmatter and the `<script>` blocks of an Astro component. */
function astroScripts(text: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  return [frontmatter, ...scripts].join('\n;\n')
}

/** The imports of one file that its part's rule does not allow. */
export function violations(file: string, text: string): string[] {
  const rule = RULES.find((r) => r.owns(file))
  if (!rule) return [`${file}: no rule covers this folder`]
  return readImports(file, text)
    .filter((imp) => !rule.allows(resolveTarget(file, imp.specifier), imp))
    .map((imp) => `${file} (${rule.part}) → ${imp.specifier}`)
}

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => SOURCE.test(file) && !file.startsWith('cms/migrations/'))
}

describe('import rules (../shared/design/structure.md)', () => {
  it('every source file imports only what its part may', () => {
    const found = sourceFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return violations(file, text)
    })
    expect(found).toEqual([])
  })

  // The check itself: each row is an import that must be refused, or allowed, where it stands.
  it.each([
    ['cms/publish/pipeline.ts', "import { itemPath } from '../../site/lib/routes'", false],
    ['cms/publish/pipeline.ts', "import { itemPath } from '@site/lib/routes'", false],
    ['cms/publish/pipeline.ts', "import { renderCard } from '@channels/cards'", true],
    ['channels/feeds/rss.ts', "import type { Article } from '@collections/payload-types'", false],
    ['channels/feeds/rss.ts', "import RSS from 'rss'", true],
    ['collections/Articles.ts', "import { previewUrl } from '../cms/preview/url'", false],
    ['collections/Articles.ts', "import type { CollectionConfig } from 'payload'", true],
    [
      'collections/lib/normalize.ts',
      "import { removeInvisibleCharacters } from '@channels/text'",
      true,
    ],
    ['collections/lib/normalize.ts', "import { toPlainLine } from '@channels/feeds/text'", false],
    ['collections/lib/normalize.ts', "import { renderCard } from '../../channels/cards'", false],
    ['site/lib/meta.ts', "import { getPayload } from 'payload'", false],
    ['site/lib/meta.ts', "import config from '@payload-config'", false],
    ['site/lib/meta.ts', "const m = await import('../../cms/database')", false],
    ['site/lib/meta.ts', "import type { Article } from '@collections/payload-types'", true],
    ['site/lib/meta.ts', "import { Article } from '@collections/payload-types'", false],
    ['site/lib/loaders/open.ts', "import config from '@payload-config'", true],
    [
      'site/components/Card.astro',
      "---\nimport View from '../views/ArticleView.astro'\n---",
      false,
    ],
    [
      'site/views/ArticleView.astro',
      "---\nimport Base from '../layouts/BaseLayout.astro'\n---",
      true,
    ],
    ['site/lib/html.ts', "import Card from '../components/ItemCard.astro'", false],
    ['deploy/nginx/render.ts', "import { FILE_HEADERS } from '@cms/publish/serving'", true],
    ['deploy/nginx/render.ts', "import { itemPath } from '@site/lib/routes'", false],
  ])('%s: %s → allowed: %s', (file, code, allowed) => {
    expect(violations(file, code)).toHaveLength(allowed ? 0 : 1)
  })
})
