import sharp from 'sharp'

import { buildPdf, makeDoc, makeDocx, makePdf, pdfPageObjects } from '../../helpers/factories'
import type { BadInputCase, BadRequest, CaseFile } from './cases'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A multipart upload to a collection, with the fields the collection requires. */
const upload =
  (
    collection: 'documents' | 'media',
    make: () => Buffer | Promise<Buffer>,
    name: string,
    type: string,
  ) =>
  async (): Promise<BadRequest> => ({
    method: 'POST',
    path: `/api/${collection}`,
    file: {
      data: await make(),
      name,
      type,
      fields:
        collection === 'media' ? { alt: 'Ảnh thử nghiệm' } : { title: 'Kế hoạch 281/KH-UBND' },
    },
  })

const pdf = (make: () => Buffer, name = 'ke-hoach-281.pdf') =>
  upload('documents', make, name, 'application/pdf')

/** Made once for both languages: a few tens of KB that inflate to 70 MB. */
let bomb: Buffer | undefined
const pdfBomb = () =>
  (bomb ??= buildPdf({
    objects: pdfPageObjects(),
    compressed: [2, 3],
    padding: 70 * 1024 * 1024,
  }))

const page = pdfPageObjects('Ke hoach 281/KH-UBND')
const catalog = (entries: string) => `<< /Type /Catalog /Pages 2 0 R ${entries} >>`
const alert = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>'
const png = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#005e8c' } })
    .png()
    .toBuffer()
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
)

/** A refused upload: 400, the reason on the `file` field. */
const refused = (
  name: string,
  send: BadInputCase['send'],
  says: BadInputCase['says'],
): BadInputCase => ({ name, as: 'contributor', send, status: 400, field: 'file', says })

const script = { vi: /Tệp PDF chứa mã JavaScript/, en: /The PDF contains JavaScript/ }
const action = {
  vi: /lệnh chạy chương trình, mở tệp khác hoặc gửi dữ liệu đi/,
  en: /actions that launch programs, open other files or send data away/,
}
const unrecognised = {
  vi: /Không nhận ra loại tệp từ nội dung/,
  en: /The file type could not be recognised from its content/,
}

export const { cases }: CaseFile = {
  cases: [
    refused(
      'a PDF whose JavaScript sits in a FlateDecode object stream',
      pdf(() =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction 6 0 R'), 6: alert },
          compressed: [1, 6],
        }),
      ),
      script,
    ),
    refused(
      'a PDF naming its script /Java#53cript',
      pdf(() =>
        buildPdf({
          objects: { ...page, 1: catalog('/OpenAction << /S /Java#53cript /JS (1) >>') },
        }),
      ),
      script,
    ),
    refused(
      'a PDF given a /J#61vaScript action by an update appended after %%EOF',
      pdf(() =>
        buildPdf({
          objects: page,
          updates: [{ objects: { 1: catalog('/OpenAction 6 0 R'), 6: '<< /S /J#61vaScript >>' } }],
        }),
      ),
      script,
    ),
    refused(
      'a PDF whose page runs a script when opened (/AA)',
      pdf(() =>
        buildPdf({
          objects: {
            ...page,
            3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /AA << /O 6 0 R >> >>',
            6: alert,
          },
          compressed: [3, 6],
        }),
      ),
      script,
    ),
    refused(
      'a PDF that launches a program',
      pdf(() =>
        buildPdf({ objects: { ...page, 1: catalog('/OpenAction << /S /Launch /F (cmd.exe) >>') } }),
      ),
      action,
    ),
    refused(
      'a PDF form that sends its data away',
      pdf(() =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/AcroForm << /Fields [6 0 R] >>'),
            6: '<< /FT /Btn /T (gui) /A << /S /SubmitForm /F << /FS /URL /F (https://thu-thap.example/) >> >> >>',
          },
        }),
      ),
      action,
    ),
    refused(
      'a PDF carrying an embedded file',
      pdf(() =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/Names << /EmbeddedFiles << /Names [(hoa-don.exe) 6 0 R] >> >>'),
            6: '<< /Type /Filespec /F (hoa-don.exe) /EF << /F 7 0 R >> >>',
            7: '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
          },
        }),
      ),
      {
        vi: /Tệp PDF chứa tệp nhúng, tệp đính kèm/,
        en: /The PDF contains embedded files, file attachments/,
      },
    ),
    refused(
      'an XFA form',
      pdf(() =>
        buildPdf({
          objects: {
            ...page,
            1: catalog('/AcroForm << /Fields [] /XFA 6 0 R >>'),
            6: '<< /Length 9 >>\nstream\n<xdp:xdp>\nendstream',
          },
        }),
      ),
      { vi: /Tệp PDF là biểu mẫu XFA/, en: /The PDF is an XFA form/ },
    ),
    refused(
      'an encrypted PDF',
      pdf(() =>
        buildPdf({
          objects: {
            ...page,
            6: '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>',
          },
          trailer: '/Encrypt 6 0 R /ID [<01> <01>]',
        }),
      ),
      { vi: /Tệp PDF được mã hóa/, en: /The PDF is encrypted/ },
    ),
    refused('a PDF whose object stream inflates to 70 MB (decompression bomb)', pdf(pdfBomb), {
      vi: /Tệp PDF có cấu trúc quá lớn để kiểm tra/,
      en: /The PDF's structure is too large/,
    }),
    refused(
      'a PDF/HTML polyglot: a PDF header, then an HTML page',
      pdf(() => Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>')),
      { vi: /Không đọc được tệp PDF/, en: /The PDF cannot be read/ },
    ),
    refused(
      'HTML renamed .pdf',
      pdf(() => Buffer.from('<!doctype html><html><script>alert(1)</script></html>')),
      unrecognised,
    ),
    refused(
      'a shell script renamed .pdf',
      pdf(() => Buffer.from('#!/bin/sh\nrm -rf /\n')),
      unrecognised,
    ),
    refused(
      'a PNG named .pdf among documents',
      upload('documents', png, 'scan.pdf', 'application/pdf'),
      {
        vi: /Tệp là PNG \(image\/png\), không được phép ở đây/,
        en: /The file is PNG \(image\/png\), which is not allowed here/,
      },
    ),
    refused(
      'a Word file with macros (DOCM named .docx)',
      upload('documents', () => makeDocx({ macros: true }), 'bao-cao.docx', DOCX),
      {
        vi: /Tệp là DOCM/,
        en: /The file is DOCM/,
      },
    ),
    refused(
      'a Word 97 file with macros',
      upload('documents', () => makeDoc({ macros: true }), 'cong-van.doc', 'application/msword'),
      {
        vi: /Tệp là CFB/,
        en: /The file is CFB/,
      },
    ),
    refused(
      'an SVG image with a script',
      upload('media', () => svg, 'logo.svg', 'image/svg+xml'),
      {
        vi: /Không nhận ảnh SVG/,
        en: /SVG images are not accepted/,
      },
    ),
    refused(
      'an SVG renamed .png',
      upload('media', () => svg, 'logo.png', 'image/png'),
      {
        vi: /Không nhận ảnh SVG/,
        en: /SVG images are not accepted/,
      },
    ),
    refused(
      'a PDF in the media library',
      upload('media', () => makePdf(), 'ke-hoach.pdf', 'application/pdf'),
      {
        vi: /Tệp là PDF \(application\/pdf\), không được phép ở đây/,
        en: /The file is PDF \(application\/pdf\), which is not allowed here/,
      },
    ),
    refused(
      'a file address for the server to fetch instead of a file',
      {
        method: 'POST',
        path: '/api/documents',
        body: {
          title: 'Tệp từ xa',
          url: 'http://169.254.169.254/latest/meta-data',
          filename: 'x.pdf',
        },
      },
      {
        vi: /máy chủ không tải tệp từ địa chỉ khác/,
        en: /the server does not fetch files from other addresses/,
      },
    ),
    {
      name: 'a PDF over the 25 MB limit',
      as: 'contributor',
      send: pdf(() => Buffer.concat([makePdf(), Buffer.alloc(26 * 1024 * 1024, 0x20)])),
      status: 413,
      says: {
        vi: /Tệp quá lớn \(26(\.\d)? MB\)\. Bộ sưu tập này nhận tệp PDF, DOC hoặc DOCX \(tối đa 25 MB\)/,
        en: /The file is too large \(26(\.\d)? MB\)\. This collection accepts PDF, DOC or DOCX files \(up to 25 MB\)/,
      },
    },
  ],
}
