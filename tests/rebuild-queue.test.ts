import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../cms/lib/slugify'
import { richText } from './helpers/documents'
import { startTestPayload, type TestPayload } from './helpers/payload'

/**
 * Publishing queues a site rebuild; here the rebuild goes to REBUILD_WEBHOOK_URL (a local server
 * standing in for CI), so the queue's rules can be checked without building a site.
 */
let t: TestPayload
let hook: Server
/** How long the stand-in builder takes to answer, so that changes can arrive during a "build". */
let answerAfterMs = 0
const received: { changes: { collection: string; slug?: string; operation: string }[] }[] = []

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(JSON.parse(body))
      setTimeout(() => res.writeHead(202).end('accepted'), answerAfterMs)
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  process.env.REBUILD_WEBHOOK_URL = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build`
  process.env.REBUILD_QUIET_MS = '300'
  t = await startTestPayload()
})
afterAll(async () => {
  delete process.env.REBUILD_WEBHOOK_URL
  await t?.close()
  hook?.close()
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))
const guide = (title: string, status: 'draft' | 'published') => ({
  title,
  slug: slugify(title),
  body: richText(title),
  _status: status,
})

describe('the publishing queue', () => {
  it('calls the webhook with the documented body when a document is published', async () => {
    const doc = await t.payload.create({
      collection: 'guides',
      data: guide('Công bố một', 'published'),
    })
    await settle()
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({
      event: 'sxsh.site.rebuild',
      changes: [{ collection: 'guides', slug: doc.slug, operation: 'publish' }],
    })
    const { docs } = await t.payload.find({ collection: 'site-builds', overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'succeeded', trigger: 'publish' })
    expect(docs[0]!.log).toContain('202')
  })

  it('ignores drafts that were never published, and seeding', async () => {
    received.length = 0
    await t.payload.create({ collection: 'guides', data: guide('Bản nháp', 'draft'), draft: true })
    await t.payload.create({
      collection: 'guides',
      data: guide('Nhập từ content', 'published'),
      context: { seeding: true },
    })
    await settle()
    expect(received).toEqual([])
  })

  it('turns a burst of ten publishes into one call, and reports unpublishing', async () => {
    received.length = 0
    const docs = []
    for (let n = 0; n < 10; n++) {
      docs.push(
        await t.payload.create({ collection: 'guides', data: guide(`Loạt ${n}`, 'published') }),
      )
    }
    await settle()
    expect(received).toHaveLength(1)
    expect(received[0]!.changes).toHaveLength(10)

    received.length = 0
    await t.payload.update({ collection: 'guides', id: docs[0]!.id, data: { _status: 'draft' } })
    await t.payload.delete({ collection: 'guides', id: docs[1]!.id })
    await settle()
    expect(received.flatMap((r) => r.changes.map((c) => c.operation))).toEqual([
      'unpublish',
      'delete',
    ])
  })

  it('runs one build at a time; changes during a build cause exactly one more', async () => {
    received.length = 0
    answerAfterMs = 2000
    await t.payload.create({ collection: 'guides', data: guide('Trong lúc dựng 1', 'published') })
    await new Promise((resolve) => setTimeout(resolve, 800)) // the first build is under way
    expect(received).toHaveLength(1)
    await t.payload.create({ collection: 'guides', data: guide('Trong lúc dựng 2', 'published') })
    await t.payload.create({ collection: 'guides', data: guide('Trong lúc dựng 3', 'published') })
    await new Promise((resolve) => setTimeout(resolve, 5000))
    answerAfterMs = 0
    expect(received).toHaveLength(2)
    expect(received[1]!.changes.map((c) => c.slug)).toEqual([
      'trong-luc-dung-2',
      'trong-luc-dung-3',
    ])
  })

  it('records a failed call', async () => {
    process.env.REBUILD_WEBHOOK_URL = 'http://127.0.0.1:9/unreachable'
    await t.payload.create({ collection: 'guides', data: guide('Không gửi được', 'published') })
    await settle()
    const { docs } = await t.payload.find({
      collection: 'site-builds',
      overrideAccess: true,
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0]).toMatchObject({ status: 'failed' })
    expect(docs[0]!.log).toMatch(/ECONNREFUSED|fetch failed/)
  })
})
