import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** One message as the SMTP server received it: the envelope, the raw headers and the text. */
export type ReceivedMail = {
  from: string
  to: string[]
  /** Unfolded headers, names lower-cased; encoded words (RFC 2047) decoded. */
  headers: [name: string, value: string][]
  subject: string
  /** The body, transfer encoding undone. */
  text: string
  raw: string
}

/**
 * A real SMTP server on a free local port (npm smtp-server), keeping every message it is given,
 * for the tests of the e-mail the CMS sends. No TLS and no sign-in, as a local relay.
 *
 * @example
 * const smtp = await startSmtpServer()
 * process.env.SMTP_HOST = '127.0.0.1'; process.env.SMTP_PORT = String(smtp.port)
 */
export async function startSmtpServer() {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        messages.push(
          parseMail(raw, {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        )
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const decodeWords = (value: string) =>
  value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  )

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const headers = head.split('\r\n').map((line): [string, string] => {
    const colon = line.indexOf(':')
    return [line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim())]
  })
  const header = (name: string) => headers.find(([key]) => key === name)?.[1] ?? ''
  const body = raw.slice(split + 4)
  const encoding = header('content-transfer-encoding').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body
  return {
    ...envelope,
    headers,
    subject: header('subject'),
    text: text.replace(/\r\n/g, '\n'),
    raw,
  }
}
