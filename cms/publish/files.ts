import fs from 'node:fs/promises'
import path from 'node:path'

/** Size and modification time of one file: enough to tell whether a build rewrote it. */
export type FileStamp = [size: number, mtimeMs: number]

/** Every file under a directory, by forward-slash path relative to it. */
export type FileIndex = Map<string, FileStamp>

const toPosix = (file: string) => file.split(path.sep).join('/')

/** Runs `task` over `items` with at most `limit` in flight. */
export async function forEachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** Stats every file under `dir` (none when it does not exist). */
export async function indexFiles(dir: string): Promise<FileIndex> {
  const index: FileIndex = new Map()
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
  await forEachLimited(files, 64, async (file) => {
    const stat = await fs.stat(file)
    index.set(toPosix(path.relative(dir, file)), [stat.size, stat.mtimeMs])
  })
  return index
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) =>
  Boolean(a && b && a[0] === b[0] && a[1] === b[1])

/** The files of `after` that are new or were rewritten since `before`. */
export function changedFiles(before: FileIndex, after: FileIndex): Set<string> {
  const changed = new Set<string>()
  for (const [file, stamp] of after) if (!sameStamp(before.get(file), stamp)) changed.add(file)
  return changed
}

/**
 * Deletes the files of `dir` that are not in `keep`, then the directories left empty. This is
 * what keeps an incremental build exact: Astro leaves the pages of deleted or renamed items in
 * an outDir it does not empty.
 */
export async function pruneFiles(dir: string, index: FileIndex, keep: Set<string>) {
  const doomed = [...index.keys()].filter((file) => !keep.has(file))
  await forEachLimited(doomed, 64, (file) => fs.rm(path.join(dir, file), { force: true }))
  const parents = new Set<string>()
  for (const file of doomed) {
    for (
      let parent = path.posix.dirname(file);
      parent !== '.';
      parent = path.posix.dirname(parent)
    ) {
      parents.add(parent)
    }
  }
  // Deepest first, so a directory is emptied of its subdirectories before it is tried.
  const ordered = [...parents].sort((a, b) => b.split('/').length - a.split('/').length)
  for (const parent of ordered) await fs.rmdir(path.join(dir, parent)).catch(() => {})
  for (const file of doomed) index.delete(file)
  return doomed
}

/**
 * Makes a release's public directory from the build's work directory without copying what did
 * not change: a file with the same stamp as when the live release was made is hard-linked from
 * the live release (same bytes, no copy), every other file is copied. Nothing in a release is
 * ever a link to a work file, because the next build rewrites work files in place.
 */
export async function snapshotFiles(options: {
  from: string
  to: string
  files: FileIndex
  previous?: { dir: string; files: FileIndex } | null
}): Promise<{ linked: number; copied: number }> {
  const { from, to, files, previous } = options
  const dirs = new Set<string>()
  for (const file of files.keys()) dirs.add(path.posix.dirname(file))
  await fs.mkdir(to, { recursive: true })
  for (const dir of [...dirs].sort()) {
    if (dir !== '.') await fs.mkdir(path.join(to, dir), { recursive: true })
  }
  let linked = 0
  let copied = 0
  await forEachLimited([...files], 32, async ([file, stamp]) => {
    const target = path.join(to, file)
    if (previous && sameStamp(previous.files.get(file), stamp)) {
      try {
        await fs.link(path.join(previous.dir, file), target)
        linked++
        return
      } catch {
        // The previous release lost the file (or another filesystem): copy instead.
      }
    }
    await fs.copyFile(path.join(from, file), target, fs.constants.COPYFILE_FICLONE)
    copied++
  })
  return { linked, copied }
}

/** FileIndex ⇄ JSON (an object keeps 20,000 entries compact and fast to parse). */
export const fileIndexToJson = (index: FileIndex) => Object.fromEntries(index)
export const fileIndexFromJson = (json: Record<string, FileStamp>): FileIndex =>
  new Map(Object.entries(json))

export async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Writes JSON atomically (temp file + rename): a reader never sees half a file. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, JSON.stringify(value))
  await fs.rename(temporary, file)
}
