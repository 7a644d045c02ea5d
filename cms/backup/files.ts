import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/** One file of a backup: its path (relative, `/`-separated), size and SHA-256. */
export type FileEntry = { path: string; bytes: number; sha256: string }

/**
 * The SHA-256 of a file, read as a stream (uploads can be large videos).
 *
 * @example
 * await sha256File('backups/20261203-140509/database.sqlite') // '9f86d0…'
 */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/**
 * Every entry under `dir`, as `/`-separated paths relative to it, sorted: regular files in
 * `files`, anything else that is not a directory (symbolic links, sockets…) in `others`.
 * A missing directory has no entries.
 */
export async function listTree(dir: string): Promise<{ files: string[]; others: string[] }> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  })
  const files: string[] = []
  const others: string[] = []
  for (const entry of entries) {
    if (entry.isDirectory()) continue
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name))
    const posix = relative.split(path.sep).join('/')
    ;(entry.isFile() ? files : others).push(posix)
  }
  return { files: files.sort(), others: others.sort() }
}

/**
 * Copies the regular files of `from` into `to`, file by file (a real copy, never a hard link:
 * the backup must survive the original, possibly on another disk), and returns what was
 * written, hashed from the copies. A file deleted while the copy runs is left out; other
 * entries (links) are reported in `skipped`.
 */
export async function copyTree(
  from: string,
  to: string,
): Promise<{ files: FileEntry[]; skipped: string[] }> {
  const { files, others } = await listTree(from)
  await fs.mkdir(to, { recursive: true })
  const copied: FileEntry[] = []
  for (const file of files) {
    const source = path.join(from, ...file.split('/'))
    const target = path.join(to, ...file.split('/'))
    await fs.mkdir(path.dirname(target), { recursive: true })
    try {
      await fs.copyFile(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    const { size } = await fs.stat(target)
    copied.push({ path: file, bytes: size, sha256: await sha256File(target) })
  }
  return { files: copied, skipped: others }
}
