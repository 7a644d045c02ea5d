import type { PayloadRequest } from 'payload'

import { refuse, rejectIfInvalid, type Message } from '../lib/messages'
import { inspectPdf, PDF_REFUSALS } from '../lib/pdf'
import {
  detectFileType,
  EXTENSIONS,
  generateFileName,
  ImageRejected,
  reencodeImage,
  UPLOAD_POLICIES,
} from '../lib/uploads'
import type { AnyBeforeOperationHook, OperationArgs } from '../lib/operationArgs'

const formatMB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

const rejectFile = (req: PayloadRequest, collection: string, message: Message): never => {
  rejectIfInvalid(req, collection, [{ path: 'file', message }])
  throw new Error('unreachable')
}

/**
 * Every upload, before Payload stores anything: the type is read from the bytes and must be on
 * the collection's allow-list (SVG, HTML and scripts never are), the size must be within that
 * type's limit (413 otherwise), images are decoded and re-encoded without metadata or trailing
 * bytes, PDFs are parsed and refused if they carry scripts, actions or embedded files (see
 * lib/pdf.ts), and the stored name is generated. Failures name the file problem in the editor's
 * language and nothing is written.
 */
export const checkUpload: AnyBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  const args = operationArgs as OperationArgs
  if (operation !== 'create' && operation !== 'update') return operationArgs
  const slug = collection.slug as keyof typeof UPLOAD_POLICIES
  const policy = UPLOAD_POLICIES[slug]
  if (!policy) return operationArgs
  const file = req.file
  if (!file) {
    // `{ url, filename }` without a file makes the server fetch the URL itself (SSRF, and the
    // fetched bytes would skip these checks). Files are uploaded, not fetched.
    // Payload strips these from `args.data` before this hook but still fetches them; the
    // request body (REST) shows what was asked.
    const remote = ((req.data as object | undefined) ?? args.data) as
      { url?: unknown; filename?: unknown } | undefined
    const fetchesRemote =
      operation === 'create' &&
      !args.overrideAccess &&
      args.duplicateFromID === undefined &&
      typeof remote?.url === 'string' &&
      typeof remote?.filename === 'string'
    if (fetchesRemote) {
      rejectFile(req, slug, {
        vi: 'Hãy tải tệp lên trực tiếp; máy chủ không tải tệp từ địa chỉ khác.',
        en: 'Upload the file itself; the server does not fetch files from other addresses.',
      })
    }
    return operationArgs
  }

  const data = file.data ?? Buffer.alloc(0)
  const size = Math.max(data.length, file.size ?? 0)
  const largest = Math.max(...Object.values(policy.types))
  if ((file as { truncated?: boolean }).truncated || size > largest) {
    refuse(
      req,
      {
        vi: `Tệp quá lớn (${formatMB(size)}). Bộ sưu tập này nhận ${policy.accepts.vi}.`,
        en: `The file is too large (${formatMB(size)}). This collection accepts ${policy.accepts.en}.`,
      },
      413,
    )
  }
  if (data.length === 0) {
    rejectFile(req, slug, { vi: 'Tệp rỗng.', en: 'The file is empty.' })
  }

  const detected = await detectFileType(data)
  if (detected?.mime === 'image/svg+xml') {
    rejectFile(req, slug, {
      vi: 'Không nhận ảnh SVG: SVG có thể chứa mã chạy trong trình duyệt. Hãy xuất ảnh ra PNG hoặc JPEG.',
      en: 'SVG images are not accepted: an SVG can carry code that runs in the browser. Export it as PNG or JPEG.',
    })
  }
  const limit = detected ? policy.types[detected.mime] : undefined
  if (!detected || limit === undefined) {
    const what = detected ? `${detected.ext.toUpperCase()} (${detected.mime})` : null
    rejectFile(req, slug, {
      vi: `${what ? `Tệp là ${what}` : 'Không nhận ra loại tệp từ nội dung'}, không được phép ở đây (tên tệp không quyết định loại tệp). Bộ sưu tập này nhận ${policy.accepts.vi}.`,
      en: `${what ? `The file is ${what}` : 'The file type could not be recognised from its content'}, which is not allowed here (the file name does not decide the type). This collection accepts ${policy.accepts.en}.`,
    })
    return operationArgs
  }
  if (size > limit) {
    refuse(
      req,
      {
        vi: `Tệp quá lớn (${formatMB(size)}); tối đa ${formatMB(limit)} cho loại tệp này.`,
        en: `The file is too large (${formatMB(size)}); the limit for this type is ${formatMB(limit)}.`,
      },
      413,
    )
  }
  if (detected.mime === 'application/pdf') {
    const problem = await inspectPdf(data)
    if (problem) rejectFile(req, slug, PDF_REFUSALS[problem])
  }

  let stored = data
  if (detected.mime.startsWith('image/')) {
    try {
      stored = await reencodeImage(data, detected.mime)
    } catch (error) {
      if (error instanceof ImageRejected) rejectFile(req, slug, error.userMessage)
      throw error
    }
  }

  file.data = stored
  file.size = stored.length
  file.mimetype = detected.mime
  file.name = generateFileName(file.name, EXTENSIONS[detected.mime] ?? detected.ext)
  return operationArgs
}
