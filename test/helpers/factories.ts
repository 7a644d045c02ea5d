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

export async function makeUser(
  payload: Payload,
  role: 'admin' | 'chief' | 'editor' | 'contributor' = 'admin',
) {
  const n = next()
  const email = `user${n}-${role}@hub.example`
  const password = `mat-khau-thu-nghiem-${n}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Người dùng ${n}`, role },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user, token: token!, email, password }
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
