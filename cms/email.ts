import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's e-mail (answers to questions, password resets) over SMTP, configured from the
 * environment: SMTP_HOST, SMTP_PORT (587; 465 means TLS from the start), SMTP_USER, SMTP_PASS,
 * SMTP_FROM ("Name <address>" or an address). Without SMTP_HOST it returns undefined and Payload
 * keeps its console adapter, which only logs messages (development, tests without a server).
 *
 * A small adapter over nodemailer rather than @payloadcms/email-nodemailer: that package has
 * no release for Payload 3.90.2 (its 3.90.1 requires payload 3.90.1 exactly), and it does the
 * same — hand the message to a nodemailer transport.
 *
 * @example
 * // cms/payload.config.ts
 * email: smtpEmail(),
 */
export function smtpEmail(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  const host = env.SMTP_HOST
  if (!host) return undefined
  const port = Number(env.SMTP_PORT || 587)
  const from = parseFrom(env.SMTP_FROM || `Cổng khởi nghiệp Hải Phòng <no-reply@${host}>`)
  const transport = nodemailer.createTransport({
    host,
    port,
    secure: port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    // A local relay (and the tests' server) may offer no certificate chain a client trusts.
    tls: { rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false' },
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: (message) =>
      transport.sendMail({ from: { name: from.name, address: from.address }, ...message }),
  })
}

/** `Name <address>` or a bare address. */
function parseFrom(value: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value)
  return match
    ? { name: match[1]!.replace(/^"|"$/g, ''), address: match[2]! }
    : { name: '', address: value.trim() }
}
