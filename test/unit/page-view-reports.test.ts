/**
 * Page views of pages nginx sends from disk (cms/pageViews/reports.ts): the syslog datagrams its
 * `hub_page_view` log format writes (deploy/nginx/render.ts), counted by the live server's rule.
 */
import dgram from 'node:dgram'

import { describe, expect, it } from 'vitest'

import { parsePageViewReport, REPORT_FIELDS, startPageViewReceiver } from '@cms/pageViews/reports'
import { countedPagePath } from '@cms/pageViews/counting'
import { renderHubConfig } from '../../deploy/nginx/render'
import { waitFor } from '../helpers/wait'

/** A datagram as nginx 1.22 sends it (captured from the generated configuration). */
const report = (fields: Partial<Record<keyof typeof REPORT_FIELDS, string>> = {}) =>
  `<190>Dec  3 16:45:34 hub_page_view: ${JSON.stringify({
    method: 'GET',
    status: '200',
    contentType: 'text/html; charset=utf-8',
    path: '/tin-tuc/bai-a/index.html',
    completion: 'OK',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
    purpose: '',
    secPurpose: '',
    xPurpose: '',
    xMoz: '',
    ...fields,
  })}`

describe('parsePageViewReport', () => {
  it.each([
    ['a page read whole', {}, '/tin-tuc/bai-a/'],
    ['the English home', { path: '/en/index.html' }, '/en/'],
    ['an answer cut short', { completion: '' }, null],
    ['HEAD', { method: 'HEAD' }, null],
    ['a robot', { userAgent: 'Googlebot/2.1' }, null],
    ['no User-Agent', { userAgent: '' }, null],
    ['a prefetch', { secPurpose: 'prefetch;prerender' }, null],
    ['a stylesheet', { path: '/_astro/site.css', contentType: 'text/css; charset=utf-8' }, null],
    ['a 404 page', { path: '/404.html', status: '404' }, null],
  ])('%s → %s', (_, fields, counted) => {
    const answer = parsePageViewReport(report(fields))
    expect(answer && countedPagePath(answer)).toBe(counted)
  })

  it('ignores what is not a report', () => {
    expect(parsePageViewReport('<190>Dec  3 16:45:34 hub_page_view: not json')).toBeNull()
    expect(parsePageViewReport('')).toBeNull()
  })

  it('reads the fields nginx is told to write', () => {
    const config = renderHubConfig({
      cmsInstances: ['127.0.0.1:3000'],
      liveSite: '127.0.0.1:4321',
      publishDir: '/srv/hub/data/site',
      pageViewReports: '127.0.0.1:4322',
    })
    for (const [name, variable] of Object.entries(REPORT_FIELDS)) {
      expect(config).toContain(`"${name}":"${variable}"`)
    }
    expect(config).toContain(
      'access_log syslog:server=127.0.0.1:4322,tag=hub_page_view,nohostname hub_page_view if=$hub_page_view;',
    )
  })
})

describe('startPageViewReceiver', () => {
  it('counts the pages reported over UDP', async () => {
    const counted: string[] = []
    const receiver = await startPageViewReceiver({ port: 0, onPageView: (p) => counted.push(p) })
    const client = dgram.createSocket('udp4')
    try {
      for (const datagram of [report(), report({ userAgent: 'bingbot' }), 'garbage']) {
        await new Promise<void>((resolve, reject) =>
          client.send(datagram, receiver.port, '127.0.0.1', (error) =>
            error ? reject(error) : resolve(),
          ),
        )
      }
      await waitFor('the report to be counted', async () => counted.length > 0, { timeoutMs: 5000 })
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(counted).toEqual(['/tin-tuc/bai-a/'])
    } finally {
      client.close()
      await receiver.close()
    }
  })
})
