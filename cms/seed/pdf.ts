/**
 * A minimal, valid single-page PDF 1.4 built by hand (catalog, page tree, one page, the two
 * standard Helvetica fonts, an info dictionary and a byte-exact xref table).
 *
 * The standard PDF fonts only cover Latin-1, which lacks most Vietnamese letters (ơ, ư, ạ,
 * ế…); embedding a font would make the seed depend on fonts installed on the server. So the
 * page text is written without tone marks, while the document title and author in the PDF
 * metadata (which viewers show in the title bar) keep full Vietnamese as UTF-16 strings.
 *
 * @example
 * buildSimplePdf({ title: 'Kế hoạch 281/KH-UBND', lines: [{ text: 'KE HOACH', size: 16, bold: true }] })
 */

export type PdfLine = { text: string; size?: number; bold?: boolean; gapBefore?: number }

export type PdfInput = {
  title: string
  author?: string
  subject?: string
  /** Metadata date, e.g. the document's issue date. */
  created?: Date
  lines: PdfLine[]
}

/** Drops Vietnamese tone marks and folds đ/Đ, for text drawn with the standard fonts. */
export function foldToAscii(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '')
}

const escapeLiteral = (value: string) => value.replace(/([\\()])/g, '\\$1')

/** A PDF text string in UTF-16BE with a byte-order mark, written as hex. */
const utf16Hex = (value: string) => {
  let hex = 'FEFF'
  for (const unit of value.normalize('NFC')) {
    for (let i = 0; i < unit.length; i++) hex += unit.charCodeAt(i).toString(16).padStart(4, '0')
  }
  return `<${hex.toUpperCase()}>`
}

const pdfDate = (date: Date) => {
  // Written in Hải Phòng time (UTC+7), as the issuing office would.
  const local = new Date(date.getTime() + 7 * 60 * 60 * 1000).toISOString()
  return `(D:${local.slice(0, 19).replace(/[-T:]/g, '')}+07'00')`
}

export function buildSimplePdf({ title, author, subject, created, lines }: PdfInput): Buffer {
  const pageWidth = 595
  const pageHeight = 842
  const margin = 64
  let y = pageHeight - margin
  const content: string[] = []
  for (const line of lines) {
    const size = line.size ?? 11
    y -= (line.gapBefore ?? 0) + size * 1.5
    const text = escapeLiteral(foldToAscii(line.text))
    content.push(
      `BT /${line.bold ? 'F2' : 'F1'} ${size} Tf ${margin} ${y.toFixed(1)} Td (${text}) Tj ET`,
    )
  }
  const stream = content.join('\n')

  const info = [
    `/Title ${utf16Hex(title)}`,
    author ? `/Author ${utf16Hex(author)}` : '',
    subject ? `/Subject ${utf16Hex(subject)}` : '',
    `/Producer ${utf16Hex('Cổng thông tin khởi nghiệp Hải Phòng')}`,
    created ? `/CreationDate ${pdfDate(created)}` : '',
  ]
    .filter(Boolean)
    .join(' ')

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (vi-VN) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< ${info} >>`,
  ]

  // The header's second line holds bytes above 127 so tools treat the file as binary.
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefOffset = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
