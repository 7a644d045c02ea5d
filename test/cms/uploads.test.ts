/**
 * Uploads are judged by their bytes: the allow-list per collection, SVG and HTML refused,
 * images re-encoded (no EXIF/GPS, no appended payload), decompression bombs and truncated
 * images refused, size limits answered with 413, generated file names — each refusal with a
 * clear Vietnamese message and nothing written, neither record nor file.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DOCUMENTS } from '@cms/seed/content/media'
import { detectFileType, MAX_UPLOAD_BYTES } from '@collections/lib/uploads'
import {
  expectRejected,
  hasGpsInExif,
  makeDoc,
  makeDocx,
  makeJpegWithGps,
  makePdf,
  makePngBomb,
  makeUser,
} from '../helpers/factories'
import { startTestHub, type TestHub } from '../helpers/payload'
import { errorMessages, request } from '../helpers/rest'

let hub: TestHub
let payload: Payload
let editor: Awaited<ReturnType<typeof makeUser>>
let png: Buffer

beforeAll(async () => {
  hub = await startTestHub()
  payload = hub.payload
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'contributor')
  png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#005e8c' } })
    .png()
    .toBuffer()
})
afterAll(async () => {
  await hub?.cleanup()
})

const mediaDir = () => process.env.MEDIA_DIR!
async function storedFiles(): Promise<string[]> {
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
    const nested = await Promise.all(
      entries.map((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      ),
    )
    return nested.flat()
  }
  return (await walk(mediaDir())).sort()
}

type Collection = 'media' | 'documents'
const upload = (collection: Collection, data: Buffer, name: string, type: string) =>
  payload.create({
    collection,
    data: (collection === 'media'
      ? { alt: 'Ảnh thử nghiệm' }
      : { title: 'Tệp thử nghiệm' }) as never,
    file: { data, name, mimetype: type, size: data.length },
    overrideAccess: false,
    user: editor.user,
  })

/** Uploads through the REST API as the admin's upload form does (multipart). */
const uploadViaRest = (collection: Collection, data: Buffer, name: string, type: string) =>
  request(payload, 'POST', `/api/${collection}`, {
    token: editor.token,
    file: {
      data,
      name,
      type,
      fields: collection === 'media' ? { alt: 'Ảnh thử nghiệm' } : { title: 'Tệp thử nghiệm' },
    },
  })

/** Runs a refused upload and checks that nothing at all was written. */
async function expectRefused(
  fn: () => Promise<{ status: number; json: unknown } | unknown>,
  message: RegExp,
  status = 400,
) {
  const counts = async () =>
    [
      (await payload.count({ collection: 'media' })).totalDocs,
      (await payload.count({ collection: 'documents' })).totalDocs,
    ] as const
  const before = { counts: await counts(), files: await storedFiles() }
  let messages: string[]
  const result = await fn().catch((error) => ({ thrown: error }))
  if (result && typeof result === 'object' && 'status' in result && 'json' in result) {
    expect(result.status).toBe(status)
    messages = errorMessages(result.json)
  } else {
    messages = await expectRejected(async () => {
      if (result && typeof result === 'object' && 'thrown' in result) throw result.thrown
    })
  }
  expect(messages.join(' ')).toMatch(message)
  expect(await counts()).toEqual(before.counts)
  expect(await storedFiles()).toEqual(before.files)
}

describe('detectFileType', () => {
  it.each([
    ['PNG', () => png, 'image/png'],
    ['PDF', () => makePdf(), 'application/pdf'],
    [
      'DOCX',
      () => makeDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['DOC', () => makeDoc(), 'application/msword'],
    [
      'DOCX with macros',
      () => makeDocx({ macros: true }),
      'application/vnd.ms-word.document.macroEnabled.12',
    ],
    ['DOC with macros', () => makeDoc({ macros: true }), 'application/x-cfb'],
    ['an Excel file in an OLE container', () => makeDoc({ word: false }), 'application/x-cfb'],
    [
      'SVG',
      () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/svg+xml',
    ],
    ['HTML', () => Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), null],
  ])('%s', async (_, make, mime) => {
    expect((await detectFileType(make()))?.mime ?? null).toBe(mime)
  })
})

describe('images are re-encoded and renamed', () => {
  it('a PNG with HTML appended is stored without the HTML, under a generated name', async () => {
    const photo = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: '#005e8c' },
    })
      .png()
      .toBuffer()
    const polyglot = Buffer.concat([
      photo,
      Buffer.from('<html><script>alert(document.cookie)</script></html>'),
    ])
    const res = await uploadViaRest('media', polyglot, 'Ảnh Cảng Hải Phòng.PNG', 'image/png')
    expect(res.status).toBe(201)
    const doc = res.json.doc
    expect(doc.filename).toMatch(/^anh-cang-hai-phong-[0-9a-f]{8}\.webp$/)
    expect(doc.mimeType).toBe('image/webp')
    const files = (await storedFiles()).filter((f) => f.includes(doc.filename.replace('.webp', '')))
    expect(files.length).toBeGreaterThanOrEqual(4) // original and three sizes
    for (const file of files) {
      const bytes = await fs.readFile(file)
      expect(bytes.includes(Buffer.from('<script')), file).toBe(false)
      expect(bytes.includes(Buffer.from('<html')), file).toBe(false)
    }
  })

  it('EXIF and the GPS position are stripped from the original and every size', async () => {
    const photo = await makeJpegWithGps()
    expect(hasGpsInExif((await sharp(photo).metadata()).exif)).toBe(true)
    const doc = await upload('media', photo, 'IMG_2041.JPG', 'image/jpeg')
    const files = (await storedFiles()).filter((f) =>
      f.includes(doc.filename!.replace(/\.[a-z]+$/, '')),
    )
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      const bytes = await fs.readFile(file)
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, file).toBeUndefined()
      expect(bytes.includes(Buffer.from('Exif\0\0')), file).toBe(false)
      expect(bytes.includes(Buffer.from('Phóng viên')), file).toBe(false)
    }
  })
})

describe('refused uploads leave nothing behind', () => {
  it('HTML renamed .png', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    await expectRefused(
      () => uploadViaRest('media', html, 'anh-dep.png', 'image/png'),
      /Không nhận ra loại tệp từ nội dung, không được phép ở đây \(tên tệp không quyết định loại tệp\)/,
    )
  })

  it.each([
    ['as .svg', 'logo.svg', 'image/svg+xml'],
    ['renamed .png', 'logo.png', 'image/png'],
  ])('SVG with a script, %s', async (_, name, type) => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    await expectRefused(() => uploadViaRest('media', svg, name, type), /Không nhận ảnh SVG/)
  })

  it('a 20000×20000 PNG of a few dozen KB (decompression bomb)', async () => {
    const bomb = makePngBomb(20_000, 20_000)
    expect(bomb.length).toBeLessThan(100_000)
    await expectRefused(
      () => uploadViaRest('media', bomb, 'bom.png', 'image/png'),
      /Ảnh quá lớn: 20000×20000 điểm ảnh \(400 megapixel\)/,
    )
  })

  it('a truncated JPEG', async () => {
    const photo = await sharp({
      create: {
        width: 1200,
        height: 800,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer()
    const truncated = photo.subarray(0, Math.floor(photo.length / 2))
    await expectRefused(
      () => upload('media', truncated, 'anh-cat-doi.jpg', 'image/jpeg'),
      /Ảnh bị hỏng hoặc tải lên không trọn vẹn/,
    )
  })

  it('a file over the collection’s limit is refused with 413, not truncated', async () => {
    const big = Buffer.concat([png, Buffer.alloc(26 * 1024 * 1024, 0x41)])
    await expectRefused(
      () => uploadViaRest('media', big, 'anh-qua-lon.png', 'image/png'),
      /Tệp quá lớn \(26(\.\d)? MB\); tối đa 25 MB cho loại tệp này/,
      413,
    )
  })

  it('a request beyond the server’s upload limit is cut off with 413', async () => {
    const boundary = '----hub-upload-test'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    )
    const chunk = Buffer.alloc(1024 * 1024)
    let sent = 0
    const total = MAX_UPLOAD_BYTES + 2 * chunk.length
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head)
      },
      pull(controller) {
        if (sent >= total) {
          controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`))
          controller.close()
          return
        }
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const { handleEndpoints } = await import('payload')
    const before = await storedFiles()
    const response = await handleEndpoints({
      config: payload.config,
      path: '/api/media',
      request: new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${editor.token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
      } as RequestInit),
    })
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(total)
    expect(await storedFiles()).toEqual(before)
  })

  it.each([
    [
      'a PDF in the media library',
      'media',
      () => makePdf(),
      'ke-hoach.pdf',
      'application/pdf',
      /Tệp là PDF/,
    ],
    [
      'a DOCX in the media library',
      'media',
      () => makeDocx(),
      'bao-cao.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      /Tệp là DOCX/,
    ],
    [
      'an image among documents',
      'documents',
      () => png,
      'scan.png',
      'image/png',
      /Tệp là PNG \(image\/png\), không được phép ở đây.*tệp PDF, DOC hoặc DOCX/,
    ],
    [
      'a DOCX with macros',
      'documents',
      () => makeDocx({ macros: true }),
      'bao-cao.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      /Tệp là DOCM/,
    ],
    [
      'a DOC with macros',
      'documents',
      () => makeDoc({ macros: true }),
      'cong-van.doc',
      'application/msword',
      /Tệp là CFB/,
    ],
    [
      'a PDF with JavaScript',
      'documents',
      () =>
        Buffer.from(
          makePdf()
            .toString('latin1')
            .replace(
              '/Type /Catalog',
              '/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
            ),
          'latin1',
        ),
      'ke-hoach.pdf',
      'application/pdf',
      /Tệp PDF chứa mã JavaScript/,
    ],
    [
      'a script renamed .pdf',
      'documents',
      () => Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'ke-hoach.pdf',
      'application/pdf',
      /Không nhận ra loại tệp/,
    ],
  ] as const)('%s', async (_, collection, make, name, type, message) => {
    await expectRefused(() => upload(collection, make(), name, type), message)
  })

  it('replacing the file of an existing image with a bad one keeps the old file', async () => {
    const doc = await upload('media', png, 'anh-goc.png', 'image/png')
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const res = await request(payload, 'PATCH', `/api/media/${doc.id}`, {
      token: editor.token,
      file: { data: html, name: 'anh-goc.png', type: 'image/png', fields: { alt: 'Đổi ảnh' } },
    })
    expect(res.status).toBe(400)
    const after = await payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe(doc.filename)
    expect(after.alt).toBe('Ảnh thử nghiệm')
    await expect(fs.stat(path.join(mediaDir(), doc.filename!))).resolves.toBeTruthy()
  })

  it('the server never fetches a file from an address it is given', async () => {
    await expectRefused(
      () =>
        request(payload, 'POST', '/api/media', {
          token: editor.token,
          body: {
            alt: 'Ảnh từ xa',
            url: 'http://169.254.169.254/latest/meta-data',
            filename: 'x.png',
          },
        }),
      /máy chủ không tải tệp từ địa chỉ khác/,
    )
  })
})

describe('documents that are allowed', () => {
  it.each([
    [
      'PDF',
      () => makePdf('Ke hoach 281'),
      'ke-hoach-281.pdf',
      'application/pdf',
      /^ke-hoach-281-[0-9a-f]{8}\.pdf$/,
    ],
    [
      'DOCX',
      () => makeDocx(),
      'Báo cáo tổng kết.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      /^bao-cao-tong-ket-[0-9a-f]{8}\.docx$/,
    ],
    ['DOC', () => makeDoc(), 'cong-van.doc', 'application/msword', /^cong-van-[0-9a-f]{8}\.doc$/],
    [
      'the seed’s PDF',
      () => DOCUMENTS[0]!.pdf(),
      'trich-yeu.pdf',
      'application/pdf',
      /^trich-yeu-[0-9a-f]{8}\.pdf$/,
    ],
    [
      'a PDF with an object stream, made by pdf-lib',
      async () => {
        const pdf = await PDFDocument.create()
        pdf.addPage().drawText('Ke hoach 281/KH-UBND', { x: 72, y: 720 })
        return Buffer.from(await pdf.save({ useObjectStreams: true }))
      },
      'ke-hoach.pdf',
      'application/pdf',
      /^ke-hoach-[0-9a-f]{8}\.pdf$/,
    ],
  ])('%s', async (_, make, name, type, filename) => {
    const doc = await upload('documents', await make(), name, type)
    expect(doc.filename).toMatch(filename)
    expect(doc.mimeType).toBe(type)
  })
})
