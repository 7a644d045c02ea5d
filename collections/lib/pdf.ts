import { inflateSync } from 'node:zlib'

import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  type PDFObject,
} from 'pdf-lib'

import type { Message } from './messages'

/**
 * What a PDF must not carry to be published, decided on the parsed document rather than by
 * grepping its bytes: a grep misses everything inside compressed object streams (PDF 1.5) and
 * names written with `#xx` escapes (`/Java#53cript`), which every viewer decodes.
 *
 * pdf-lib (1.17.1) reads the objects — its lexer handles strings, hex strings, dictionaries,
 * arrays, references and streams — but the walk around it is ours, because the library's own
 * document parser is not built for a hostile file:
 * - it keeps only the last revision's copy of each object and skips bytes it takes for stream
 *   data or junk, while a viewer follows cross-reference offsets wherever they point; so every
 *   `N G obj` header anywhere in the file is read here, earlier revisions and objects hidden
 *   inside another object's stream data included;
 * - it inflates object streams without a limit (a few KB can inflate to gigabytes): they are
 *   inflated here with node:zlib under a byte budget, and only plain FlateDecode is accepted;
 * - its names decode `#xx` with upper-case hex only (`/#4aavaScript` stays undecoded) and its
 *   dictionaries keep the last of repeated keys: every name is recorded here as it is read,
 *   decoded as viewers decode it.
 */

/** The reasons a PDF is refused, from the most to the least specific. */
export type PdfProblem =
  'encrypted' | 'tooComplex' | 'script' | 'action' | 'embedded' | 'xfa' | 'unreadable'

export type PdfLimits = {
  /** Bytes all object streams may inflate to, together. */
  inflatedBytes: number
  /** Indirect objects, those inside object streams included. */
  objects: number
}

const MB = 1024 * 1024

/**
 * A 25 MB upload's object streams inflate to a few MB at most (they hold dictionaries, not page
 * content or images); 64 MB leaves ample room while keeping one upload's memory bounded.
 */
export const PDF_LIMITS: PdfLimits = { inflatedBytes: 64 * MB, objects: 1_000_000 }

/**
 * Names that mark what runs code, leaves the document or carries other files, wherever they
 * stand (action type, dictionary key, annotation subtype). /GoToR opens another file (a
 * network path leaks the reader's Windows credentials) and /GoToE a file embedded in it.
 */
const REFUSED_NAMES: Record<string, PdfProblem> = {
  JavaScript: 'script',
  JS: 'script',
  Launch: 'action',
  SubmitForm: 'action',
  ImportData: 'action',
  GoToR: 'action',
  GoToE: 'action',
  EmbeddedFiles: 'embedded',
  EmbeddedFile: 'embedded',
  EF: 'embedded',
  FileAttachment: 'embedded',
  RichMedia: 'embedded',
  XFA: 'xfa',
}

const ORDER: PdfProblem[] = ['script', 'action', 'embedded', 'xfa']

export const PDF_REFUSALS: Record<PdfProblem, Message> = {
  encrypted: {
    vi: 'Tệp PDF được mã hóa (đặt mật khẩu hoặc giới hạn quyền) nên không kiểm tra được nội dung. Hãy lưu một bản không mã hóa rồi tải lên.',
    en: 'The PDF is encrypted (a password or permission restrictions), so its content cannot be checked. Save an unencrypted copy and upload that.',
  },
  tooComplex: {
    vi: `Tệp PDF có cấu trúc quá lớn để kiểm tra (dữ liệu nén bên trong giải ra hơn ${PDF_LIMITS.inflatedBytes / MB} MB, hoặc quá nhiều đối tượng). Hãy in lại ra PDF thường rồi tải lên.`,
    en: `The PDF's structure is too large to check (its compressed internal data inflates to more than ${PDF_LIMITS.inflatedBytes / MB} MB, or it has too many objects). Print it to a plain PDF and upload that.`,
  },
  script: {
    vi: 'Tệp PDF chứa mã JavaScript (có thể nằm trong phần nén hoặc trong bản sửa đổi trước của tệp). Hãy in lại ra PDF thường rồi tải lên.',
    en: 'The PDF contains JavaScript (possibly in its compressed parts or an earlier revision of the file). Print it to a plain PDF and upload that.',
  },
  action: {
    vi: 'Tệp PDF chứa lệnh chạy chương trình, mở tệp khác hoặc gửi dữ liệu đi (Launch, SubmitForm, ImportData, GoToR, GoToE). Hãy in lại ra PDF thường rồi tải lên.',
    en: 'The PDF contains actions that launch programs, open other files or send data away (Launch, SubmitForm, ImportData, GoToR, GoToE). Print it to a plain PDF and upload that.',
  },
  embedded: {
    vi: 'Tệp PDF chứa tệp nhúng, tệp đính kèm hoặc nội dung đa phương tiện nhúng. Hãy tải các tệp đó lên riêng và in lại ra PDF thường.',
    en: 'The PDF contains embedded files, file attachments or embedded rich media. Upload those files separately and print the PDF to a plain PDF.',
  },
  xfa: {
    vi: 'Tệp PDF là biểu mẫu XFA (biểu mẫu động, có thể chạy mã). Hãy in lại ra PDF thường rồi tải lên.',
    en: 'The PDF is an XFA form (a dynamic form that can run code). Print it to a plain PDF and upload that.',
  },
  unreadable: {
    vi: 'Không đọc được tệp PDF: tệp bị hỏng hoặc cấu trúc không đúng chuẩn PDF. Hãy xuất lại PDF rồi tải lên.',
    en: 'The PDF cannot be read: the file is damaged or its structure is not valid PDF. Export it again and upload it.',
  },
}

/**
 * Every indirect object header (`12 0 obj`), wherever it stands. The look-behind makes a run of
 * digits start a match only once, so the scan stays linear on hostile input.
 */
const OBJECT_HEADER =
  /(?<![0-9])[0-9]+[\0\t\n\f\r ]+[0-9]+[\0\t\n\f\r ]+obj(?![^\0\t\n\f\r ()<>[\]{}/%])/g
const TRAILER = /trailer(?![^\0\t\n\f\r ()<>[\]{}/%])/g
const OBJ = [...'obj'].map((c) => c.charCodeAt(0))
/** How many objects are read between two turns of the event loop. */
const OBJECTS_PER_TURN = 500

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0]

/** pdf-lib's object parser, recording every name it reads, decoded as a viewer decodes it. */
class PdfReader extends PDFObjectParser {
  private names = new Set<string>()

  private constructor(
    private readonly data: Uint8Array,
    stream: ByteStream,
  ) {
    super(stream, PDFContext.create())
  }

  static over(data: Uint8Array): PdfReader {
    // pdf-lib does not export its ByteStream class; the parser it makes for the bytes has one.
    const { bytes } = PDFObjectParser.forBytes(data, PDFContext.create()) as unknown as {
      bytes: ByteStream
    }
    return new PdfReader(data, bytes)
  }

  protected override parseName(): PDFName {
    const start = this.bytes.offset() + 1
    const name = super.parseName()
    this.names.add(decodeName(this.data, start, this.bytes.offset()))
    return name
  }

  /** The names read since the last call. */
  takeNames(): Set<string> {
    const names = this.names
    this.names = new Set()
    return names
  }

  get offset(): number {
    return this.bytes.offset()
  }

  /** The object of the indirect object whose header starts at `offset` (`N G obj …`). */
  readIndirectObject(offset: number): PDFObject {
    this.bytes.moveTo(offset)
    this.parseRawInt()
    this.skipWhitespaceAndComments()
    this.parseRawInt()
    this.skipWhitespaceAndComments()
    if (!this.matchKeyword(OBJ)) throw new Error(`No object header at ${offset}`)
    return this.parseObject()
  }

  /** The object starting at `offset` (a trailer's dictionary, an object-stream member). */
  readObjectAt(offset: number): PDFObject {
    this.bytes.moveTo(offset)
    return this.parseObject()
  }

  /** An object stream's index: `count` pairs of object number and offset (after /First). */
  readOffsets(count: number): number[] {
    this.bytes.moveTo(0)
    const offsets: number[] = []
    for (let i = 0; i < count; i++) {
      this.skipWhitespaceAndComments()
      this.parseRawInt()
      this.skipWhitespaceAndComments()
      offsets.push(this.parseRawInt())
    }
    return offsets
  }
}

const HEX_ESCAPE = /#([0-9A-Fa-f]{2})/g

/**
 * A name's bytes (after the slash) decoded as readers do: `#xx` escapes in either case.
 *
 * @example
 * decodeName(Buffer.from('/J#61va#53cript'), 1, 15) // 'JavaScript'
 */
export function decodeName(data: Uint8Array, start: number, end: number): string {
  return Buffer.from(data.buffer, data.byteOffset + start, Math.max(0, end - start))
    .toString('latin1')
    .replace(HEX_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

class TooComplex extends Error {}

/** Inflates an object stream within the remaining budget; null when it cannot be read. */
function decodeObjectStream(stream: PDFRawStream, budget: { inflated: number }): Uint8Array | null {
  const filter = stream.dict.get(PDFName.of('Filter'))
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : []
  if (filters.length === 0) return stream.contents
  const params = stream.dict.get(PDFName.of('DecodeParms'))
  const predictor = params instanceof PDFDict ? params.get(PDFName.of('Predictor')) : undefined
  const plainFlate =
    filters.length === 1 &&
    filters[0] === PDFName.of('FlateDecode') &&
    (params === undefined ||
      params === PDFNull ||
      (params instanceof PDFDict &&
        (predictor === undefined ||
          (predictor instanceof PDFNumber && predictor.asNumber() === 1))))
  // Other filters (LZW, chains, predictors) would need pdf-lib's decoders, which have no output
  // limit; producers write object streams with plain FlateDecode.
  if (!plainFlate) return null
  let inflated: Buffer
  try {
    inflated = inflateSync(stream.contents, { maxOutputLength: budget.inflated + 1 })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new TooComplex()
    return null
  }
  budget.inflated -= inflated.length
  if (budget.inflated < 0) throw new TooComplex()
  return inflated
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Reads every object of a PDF — all revisions, inside object streams too — and returns why it
 * must be refused, or null when it carries no scripts, launch/submit/import/remote actions,
 * embedded files, rich media or XFA, is not encrypted, and parses. Work is bounded: inflated
 * bytes and objects by `limits`, parsing to a few passes over the file.
 *
 * @example
 * await inspectPdf(plainPdf) // null
 * await inspectPdf(pdfWithCompressedJavaScript) // 'script'
 */
export async function inspectPdf(
  data: Uint8Array,
  limits: PdfLimits = PDF_LIMITS,
): Promise<PdfProblem | null> {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
  if (!/%PDF-\d/.test(text.slice(0, 1024))) return 'unreadable'
  const found = new Set<PdfProblem>()
  const budget = {
    inflated: limits.inflatedBytes,
    objects: limits.objects,
    // Reading every header once covers the file about once; hostile overlapping headers (each
    // opening a string that runs to the end of the file) would make it quadratic.
    parsed: 2 * data.length + 64 * 1024,
  }
  let catalog = false
  let encrypted = false

  /** Reads the object at `at`; notes what its names say. Null when it does not parse. */
  const inspect = (reader: PdfReader, at: number, read: (at: number) => PDFObject) => {
    if (--budget.objects < 0) throw new TooComplex()
    let object: PDFObject | null = null
    try {
      object = read(at)
    } catch {
      // Not PDF syntax, cut short, or nested too deeply for the parser's recursion.
      found.add('unreadable')
    }
    budget.parsed -= Math.abs(reader.offset - at)
    if (budget.parsed < 0) throw new TooComplex()
    const names = reader.takeNames()
    for (const name of names) {
      const problem = REFUSED_NAMES[name]
      if (problem) found.add(problem)
    }
    if (object instanceof PDFDict && names.has('Catalog')) catalog = true
    return { object, names }
  }

  /**
   * The members of an object stream: any stream with /N and /First, as viewers read them
   * (they do not insist on /Type /ObjStm). Streams belong outside object streams; one nested
   * level is read, deeper nesting is refused as unreadable.
   */
  const readObjectStream = async (stream: PDFRawStream, depth: number) => {
    const count = stream.dict.get(PDFName.of('N'))
    const first = stream.dict.get(PDFName.of('First'))
    if (!(count instanceof PDFNumber) || !(first instanceof PDFNumber)) return
    if (depth > 1) {
      found.add('unreadable')
      return
    }
    if (count.asNumber() > budget.objects) throw new TooComplex()
    const decoded = decodeObjectStream(stream, budget)
    if (!decoded) {
      found.add('unreadable')
      return
    }
    budget.parsed += 2 * decoded.length
    const reader = PdfReader.over(decoded)
    let offsets: number[]
    try {
      offsets = reader.readOffsets(count.asNumber())
    } catch {
      found.add('unreadable')
      return
    }
    for (const [index, offset] of offsets.entries()) {
      const { object } = inspect(reader, first.asNumber() + offset, (at) => reader.readObjectAt(at))
      if (object instanceof PDFRawStream) await readObjectStream(object, depth + 1)
      if (index % OBJECTS_PER_TURN === 0) await turn()
    }
  }

  try {
    const reader = PdfReader.over(data)
    let count = 0
    for (const header of text.matchAll(OBJECT_HEADER)) {
      const { object, names } = inspect(reader, header.index, (at) => reader.readIndirectObject(at))
      // The encryption dictionary hangs off the trailer, or off a cross-reference stream.
      if (object instanceof PDFRawStream) {
        if (names.has('XRef') && names.has('Encrypt')) encrypted = true
        await readObjectStream(object, 0)
      }
      if (++count % OBJECTS_PER_TURN === 0) await turn()
    }
    for (const trailer of text.matchAll(TRAILER)) {
      const at = trailer.index + 'trailer'.length
      const { names } = inspect(reader, at, (start) => reader.readObjectAt(start))
      if (names.has('Encrypt')) encrypted = true
    }
  } catch (error) {
    if (error instanceof TooComplex) return encrypted ? 'encrypted' : 'tooComplex'
    throw error
  }

  if (encrypted) return 'encrypted'
  const problem = ORDER.find((p) => found.has(p))
  if (problem) return problem
  if (found.has('unreadable') || !catalog) return 'unreadable'
  return null
}
