import zlib from 'node:zlib'

import type { Payload } from 'payload'
import sharp from 'sharp'

/** Small, valid content for tests; each call makes distinct items. */
let counter = 0
const next = () => ++counter

export async function makeOutlet(payload: Payload, name = `Báo thử nghiệm ${next()}`) {
  return payload.create({ collection: 'outlets', data: { name, kind: 'newspaper' } })
}

export async function makeImage(payload: Payload, alt = 'Ảnh thử nghiệm') {
  const data = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: { r: 0, g: 94, b: 140 } },
  })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `anh-${next()}.png`, size: data.length },
  })
}

/**
 * A published draft document out for public comment (a policy notice with a consultation
 * period), its period given as ISO dates.
 */
export async function makeDraftForComment(
  payload: Payload,
  documentNumber: string,
  consultation: { opensAt: string; closesAt: string },
) {
  return payload.create({
    collection: 'policy-notices',
    data: {
      title: `Dự thảo ${documentNumber}`,
      documentNumber,
      documentType: 'plan',
      issuingBody: 'Sở Khoa học và Công nghệ Hải Phòng',
      field: 'enterprise',
      signer: { authority: 'KT.', onBehalfOf: 'Giám đốc', position: 'Phó Giám đốc', name: 'A' },
      issueDate: '2026-11-01T00:00:00.000Z',
      effectiveDate: '2026-11-01T00:00:00.000Z',
      abstract: 'Dự thảo lấy ý kiến.',
      consultation,
      _status: 'published',
    },
  })
}

export async function makeUser(
  payload: Payload,
  role: 'admin' | 'chief' | 'editor' | 'contributor' = 'admin',
  { outlet }: { outlet?: number | string | null } = {},
) {
  const n = next()
  const email = `user${n}-${role}@hub.example`
  const password = `mat-khau-thu-nghiem-${n}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Người dùng ${n}`, role, outlet: outlet as number | undefined },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user, token: token!, email, password }
}

export type Account = Awaited<ReturnType<typeof makeUser>>

/** One signed-in account per role, across two outlets: the newsroom most CMS suites act in. */
export type Newsroom = {
  outletA: number
  outletB: number
  admin: Account
  chief: Account
  /** Biên tập viên and Cộng tác viên of outlet A, and of outlet B. */
  editor: Account
  editorB: Account
  contributor: Account
  contributorB: Account
}

/**
 * Creates the newsroom: the first account is an admin (as on a real first start), then two
 * outlets, the editor-in-chief, and an editor and a contributor in each outlet.
 *
 * @example
 * const { chief, editor, outletA } = await makeNewsroom(payload)
 */
export async function makeNewsroom(
  payload: Payload,
  outletNames: [string, string] = [
    'Báo An ninh Hải Phòng',
    'Đài Phát thanh và Truyền hình Hải Phòng',
  ],
): Promise<Newsroom> {
  const admin = await makeUser(payload, 'admin')
  const outletA = (await makeOutlet(payload, outletNames[0])).id
  const outletB = (await makeOutlet(payload, outletNames[1])).id
  return {
    outletA,
    outletB,
    admin,
    chief: await makeUser(payload, 'chief'),
    editor: await makeUser(payload, 'editor', { outlet: outletA }),
    editorB: await makeUser(payload, 'editor', { outlet: outletB }),
    contributor: await makeUser(payload, 'contributor', { outlet: outletA }),
    contributorB: await makeUser(payload, 'contributor', { outlet: outletB }),
  }
}

/** Runs `fn`, expecting Payload to refuse it; returns the field messages it gave. */
export async function expectRejected(fn: () => Promise<unknown>): Promise<string[]> {
  try {
    await fn()
  } catch (error) {
    const e = error as { data?: { errors?: { message: string }[] }; message: string }
    return e.data?.errors?.map((x) => x.message) ?? [e.message]
  }
  throw new Error('Expected the operation to be rejected, but it succeeded')
}

/** A small but structurally valid one-page PDF (header, objects, xref table, trailer). */
export function makePdf(text = 'Test document'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** The objects of a one-page document (1 catalog, 2 pages, 3 page, 4 content, 5 font). */
export function pdfPageObjects(text = 'Test document'): Record<number, string> {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`
  return {
    1: '<< /Type /Catalog /Pages 2 0 R >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    4: `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    5: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  }
}

export type PdfRevision = {
  /** Object bodies by number; object 1 is the catalog. */
  objects: Record<number, string>
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R`. */
  trailer?: string
}

/**
 * A PDF written object by object, to try the upload checks on. Objects listed in `compressed`
 * go into one FlateDecode object stream, indexed by a cross-reference stream (PDF 1.5), and
 * `padding` spaces are compressed after them (a decompression bomb, when large). Each of
 * `updates` is an incremental update appended after `%%EOF`: its objects, an xref table and a
 * trailer whose /Prev points to the section before.
 *
 * @example
 * buildPdf({ objects: { ...pdfPageObjects(), 6: '<< /S /JavaScript /JS (1) >>' }, compressed: [6] })
 */
export function buildPdf({
  objects,
  trailer = '',
  compressed = [],
  padding = 0,
  updates = [],
}: PdfRevision & {
  compressed?: number[]
  padding?: number
  updates?: PdfRevision[]
}): Buffer {
  const chunks: Buffer[] = []
  let length = 0
  const write = (part: string | Buffer) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part
    chunks.push(bytes)
    length += bytes.length
  }
  const writeObject = (number: number, body: string) => {
    const offset = length
    write(`${number} 0 obj\n${body}\nendobj\n`)
    return offset
  }
  const writeStream = (number: number, dict: string, data: Buffer) => {
    const offset = length
    write(`${number} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`)
    write(data)
    write('\nendstream\nendobj\n')
    return offset
  }
  write(compressed.length ? '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' : '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  const numbers = Object.keys(objects).map(Number)
  const offsets = new Map<number, number>()
  for (const n of numbers.filter((n) => !compressed.includes(n))) {
    offsets.set(n, writeObject(n, objects[n]!))
  }
  let size = Math.max(...numbers) + 1
  let xref: number
  if (compressed.length) {
    const stream = size
    const xrefStream = size + 1
    size += 2
    let body = ''
    const index = compressed.map((n) => {
      const entry = `${n} ${body.length}`
      body += `${objects[n]}\n`
      return entry
    })
    const head = `${index.join(' ')}\n`
    const data = zlib.deflateSync(
      Buffer.concat([Buffer.from(head + body, 'latin1'), Buffer.alloc(padding, 0x20)]),
      { level: 1 },
    )
    offsets.set(
      stream,
      writeStream(
        stream,
        `/Type /ObjStm /N ${compressed.length} /First ${head.length} /Filter /FlateDecode`,
        data,
      ),
    )
    xref = length
    offsets.set(xrefStream, xref)
    const rows = Buffer.alloc(size * 7)
    for (let n = 0; n < size; n++) {
      const member = compressed.indexOf(n)
      rows[n * 7] = member >= 0 ? 2 : offsets.has(n) ? 1 : 0
      rows.writeUInt32BE(member >= 0 ? stream : (offsets.get(n) ?? 0), n * 7 + 1)
      rows.writeUInt16BE(member >= 0 ? member : n === 0 ? 65535 : 0, n * 7 + 5)
    }
    writeStream(
      xrefStream,
      `/Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R ${trailer} /Filter /FlateDecode`,
      zlib.deflateSync(rows),
    )
  } else {
    xref = length
    let table = `xref\n0 ${size}\n`
    for (let n = 0; n < size; n++) {
      const offset = offsets.get(n)
      table +=
        offset === undefined
          ? `0000000000 ${n === 0 ? '65535' : '00000'} f \n`
          : `${String(offset).padStart(10, '0')} 00000 n \n`
    }
    write(`${table}trailer\n<< /Size ${size} /Root 1 0 R ${trailer} >>\n`)
  }
  write(`startxref\n${xref}\n%%EOF\n`)
  for (const update of updates) {
    const changed = Object.keys(update.objects).map(Number)
    const rows = changed.map(
      (n) => `${n} 1\n${String(writeObject(n, update.objects[n]!)).padStart(10, '0')} 00000 n \n`,
    )
    size = Math.max(size, ...changed.map((n) => n + 1))
    const prev = xref
    xref = length
    write(
      `xref\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R /Prev ${prev} ${update.trailer ?? ''} >>\n`,
    )
    write(`startxref\n${xref}\n%%EOF\n`)
  }
  return Buffer.concat(chunks)
}

/** A ZIP archive with stored (uncompressed) entries: enough for DOCX detection. */
export function makeZip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const data = Buffer.from(content)
    const nameBuf = Buffer.from(name)
    const crc = zlib.crc32(data) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuf, data)
    centrals.push(central, nameBuf)
    offset += 30 + nameBuf.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A minimal Word (DOCX) package; with `macros`, a macro project like a .docm has. */
export function makeDocx({ macros = false } = {}): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  return makeZip([
    ['[Content_Types].xml', types],
    ['word/document.xml', '<w:document xmlns:w="urn:w"><w:body/></w:document>'],
    ...(macros ? [['word/vbaProject.bin', 'Attribute VB_Name'] as [string, string]] : []),
  ])
}

/** The signature and directory names of a Word 97–2003 file (an OLE compound file). */
export function makeDoc({ macros = false, word = true } = {}): Buffer {
  return Buffer.concat([
    Buffer.from('D0CF11E0A1B11AE1', 'hex'),
    Buffer.alloc(504),
    Buffer.from(word ? 'WordDocument' : 'Workbook', 'utf16le'),
    ...(macros ? [Buffer.from('_VBA_PROJECT', 'utf16le')] : []),
    Buffer.alloc(512),
  ])
}

/**
 * A valid PNG that declares `width`×`height` 1-bit pixels: tiny on disk, gigantic decoded
 * (the decompression bomb an upload must refuse).
 */
export function makePngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height)
  return Buffer.concat([
    Buffer.from('89504E470D0A1A0A', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A JPEG carrying EXIF with a GPS position (as phones write it). */
export async function makeJpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6f97' } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Artist: 'Phóng viên', Copyright: 'Báo Hải Phòng' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '20/1 51/1 54/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 41/1 2/1',
      },
    })
    .toBuffer()
}

/** Whether an EXIF block points to GPS data (tag 0x8825, little-endian as sharp writes it). */
export const hasGpsInExif = (exif: Buffer | undefined): boolean =>
  Boolean(exif?.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])))

/**
 * The Department of Science and Technology: an outlet that manages the ecosystem directory
 * (set by the system, as an administrator would) and one of its editors.
 */
export async function makeDepartment(payload: Payload) {
  const outlet = await payload.create({
    collection: 'outlets',
    data: { name: 'Sở Khoa học và Công nghệ', kind: 'agency', managesDirectory: true },
  })
  return { outlet: outlet.id, editor: await makeUser(payload, 'editor', { outlet: outlet.id }) }
}

/**
 * A consent record as the department keeps it: given by the person, dated, how, for these
 * purposes.
 *
 * @example
 * consentRecord(['profile', 'public-contact'])
 */
export const consentRecord = (
  purposes: ('profile' | 'founder-name' | 'public-contact')[],
  over: Record<string, unknown> = {},
) => ({
  given: true,
  givenBy: 'Chính người được nêu tên',
  givenAt: '2025-03-02T17:00:00.000Z',
  method: 'email' as const,
  purposes,
  evidence: 'Thư điện tử ngày 03/03/2025, lưu tại Sở Khoa học và Công nghệ.',
  ...over,
})
