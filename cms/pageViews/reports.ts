import dgram from 'node:dgram'

import { countedPagePath, type ServedAnswer } from './counting'

/**
 * Page views of pages a web server sent from disk (nginx in front of the live site server,
 * docs/DEPLOYMENT.md "Topology"), which the live server never sees. nginx reports each such
 * answer as one syslog datagram (`access_log syslog:…` in deploy/nginx) whose message is a JSON
 * object of the answer's facts (REPORT_FIELDS); the live server counts it by the same rule as
 * the pages it sends itself (`countedPagePath`). Nothing of a report is kept: like a request's
 * headers, it is read to decide and dropped.
 */

/** What nginx reports (the log_format deploy/nginx/render.ts writes), as nginx variables. */
export const REPORT_FIELDS = {
  method: '$request_method',
  status: '$status',
  contentType: '$sent_http_content_type',
  path: '$uri',
  /** `OK` when the whole answer was sent. */
  completion: '$request_completion',
  userAgent: '$http_user_agent',
  purpose: '$http_purpose',
  secPurpose: '$http_sec_purpose',
  xPurpose: '$http_x_purpose',
  xMoz: '$http_x_moz',
} as const

type Report = Record<keyof typeof REPORT_FIELDS, string>

/**
 * The answer a report describes, or null when it is no report or the answer was cut short.
 * A syslog message is `<priority>timestamp tag: message`; the message is the JSON object.
 *
 * @example
 * parsePageViewReport('<190>Dec  3 16:40:00 hub_page_view: {"method":"GET","status":"200",…}')
 */
export function parsePageViewReport(datagram: string): ServedAnswer | null {
  const start = datagram.indexOf('{')
  if (start < 0) return null
  let report: Partial<Report>
  try {
    report = JSON.parse(datagram.slice(start)) as Partial<Report>
  } catch {
    return null
  }
  if (report.completion !== 'OK') return null
  const header = (value: string | undefined) => value || undefined
  return {
    method: report.method,
    status: Number(report.status),
    contentType: report.contentType ?? '',
    path: report.path ?? '',
    headers: {
      'user-agent': report.userAgent ?? '',
      purpose: header(report.purpose),
      'sec-purpose': header(report.secPurpose),
      'x-purpose': header(report.xPurpose),
      'x-moz': header(report.xMoz),
    },
  }
}

export type PageViewReceiver = { port: number; close: () => Promise<void> }

/**
 * Listens for nginx's reports on a UDP port of `host` (127.0.0.1: nginx serves the page store
 * from this machine's disk) and calls `onPageView` with each counted page.
 */
export async function startPageViewReceiver({
  port,
  host = '127.0.0.1',
  onPageView,
}: {
  port: number
  host?: string
  onPageView: (path: string) => void
}): Promise<PageViewReceiver> {
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4')
  socket.on('message', (message) => {
    try {
      const answer = parsePageViewReport(message.toString('utf8'))
      const page = answer && countedPagePath(answer)
      if (page) onPageView(page)
    } catch (error) {
      console.error('Page view report not counted:', error)
    }
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(port, host, () => resolve())
  })
  socket.on('error', (error) => console.error('Page view reports:', error))
  return {
    port: socket.address().port,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}
