import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadPagefind } from './helpers/pagefind-node'

/**
 * The product end to end, with real servers on 127.0.0.1: `npm start` on a temporary database,
 * site folder and ports; editors publish through the REST API and the served site follows.
 */
let dir: string
let product: ChildProcess
let output = ''
let cms: string
let site: string
const ADMIN = { email: 'admin@example.org', password: 'admin-password-123' }
const env: Record<string, string> = {}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

async function until<T>(what: string, check: () => Promise<T | undefined | false>, seconds = 120) {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}\n${output.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function api(method: string, url: string, token?: string, body?: unknown) {
  const response = await fetch(`${cms}/api/${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- REST answers vary by endpoint
  return { status: response.status, body: (await response.json().catch(() => ({}))) as any }
}

const login = async (email: string, password: string) =>
  (await api('POST', 'users/login', undefined, { email, password })).body.token as string

const pageStatus = async (urlPath: string) => (await fetch(site + urlPath)).status

async function builds(token: string) {
  const { body } = await api('GET', 'site-builds?limit=100&sort=-createdAt&depth=0', token)
  return body.docs as { id: number; status: string; trigger: string; createdAt: string }[]
}

/** Waits until no build is running and none has been recorded for a quiet moment. */
async function settled(token: string) {
  let last = ''
  await until(
    'the publishing queue to settle',
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 4000))
      const list = await builds(token)
      const key = JSON.stringify(list.map((b) => [b.id, b.status]))
      const idle = !list.some((b) => b.status === 'running') && key === last
      last = key
      return idle
    },
    240,
  )
}

let admin: string
let editor: string
let author: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sxsh-start-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  cms = `http://127.0.0.1:${cmsPort}`
  site = `http://127.0.0.1:${sitePort}`
  Object.assign(env, {
    DATABASE_URI: `file:${path.join(dir, 'db.sqlite')}`,
    UPLOADS_DIR: path.join(dir, 'uploads'),
    SITE_DIR: path.join(dir, 'site'),
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    REBUILD_QUIET_MS: '2000',
    JOBS_CRON: '*/3 * * * * *',
    PAYLOAD_LOG_LEVEL: 'warn',
  })
  product = spawn('tsx', ['scripts/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  product.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  product.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await until('npm start to be ready', async () => output.includes('✓ Ready.'), 600)
  admin = await login(ADMIN.email, ADMIN.password)
  for (const role of ['editor', 'author']) {
    const created = await api('POST', 'users', admin, {
      email: `${role}@example.org`,
      password: `${role}-password-123`,
      name: role,
      role,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
  editor = await login('editor@example.org', 'editor-password-123')
  author = await login('author@example.org', 'author-password-123')
}, 660_000)

afterAll(async () => {
  if (product?.pid && product.exitCode === null) process.kill(-product.pid, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

const guide = (title: string) => ({
  title,
  summary: `Tóm tắt ${title}`,
  body: {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text: `Nội dung ${title}.`, format: 0 }],
        },
      ],
    },
  },
})

describe('npm start', () => {
  it('serves the seeded site with compression and caching headers, and the admin', async () => {
    const home = await fetch(`${site}/`, { headers: { 'Accept-Encoding': 'br' } })
    expect(home.status).toBe(200)
    expect(home.headers.get('content-encoding')).toBe('br')
    expect(home.headers.get('cache-control')).toBe('no-cache')
    const missing = await fetch(`${site}/khong-co-trang-nay/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Không tìm thấy trang')
    expect((await fetch(`${cms}/admin`)).status).toBeLessThan(400)
  })

  it(
    'publishes a guide to the site and its search, and unpublishes it',
    { timeout: 300_000 },
    async () => {
      const created = await api('POST', 'guides', editor, {
        ...guide('Hướng dẫn kiểm thử xuất bản'),
        _status: 'published',
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const slug = created.body.doc.slug as string
      await until(
        'the new guide on the site',
        async () => (await pageStatus(`/guides/${slug}/`)) === 200,
      )
      const pagefind = await loadPagefind(realpathSync(path.join(env.SITE_DIR!, 'current')))
      const found = await pagefind.search('kiem thu xuat ban')
      expect(found.map((page) => page.url)).toContain(`/guides/${slug}/`)

      const unpublished = await api('PATCH', `guides/${created.body.doc.id}`, editor, {
        _status: 'draft',
      })
      expect(unpublished.status).toBe(200)
      await until(
        'the guide to leave the site',
        async () => (await pageStatus(`/guides/${slug}/`)) === 404,
      )
    },
  )

  it("refuses an author's publish", async () => {
    const attempt = await api('POST', 'guides', author, {
      ...guide('Bản của tác giả'),
      _status: 'published',
    })
    expect(attempt.status).toBe(403)
  })

  it(
    'coalesces a burst of ten publishes into at most two builds',
    { timeout: 300_000 },
    async () => {
      await settled(admin)
      const before = (await builds(admin)).length
      const slugs: string[] = []
      for (let n = 1; n <= 10; n++) {
        const created = await api('POST', 'guides', editor, {
          ...guide(`Hướng dẫn loạt ${n}`),
          _status: 'published',
        })
        slugs.push(created.body.doc.slug)
      }
      await until('all ten guides on the site', async () => {
        for (const slug of slugs) if ((await pageStatus(`/guides/${slug}/`)) !== 200) return false
        return true
      })
      await settled(admin)
      expect((await builds(admin)).length - before).toBeLessThanOrEqual(2)
    },
  )

  it(
    'keeps serving the last good site when a build fails, and records the failure',
    { timeout: 300_000 },
    async () => {
      await settled(admin)
      const known = '/legal/2618-qd-ubnd/'
      expect(await pageStatus(known)).toBe(200)
      const client = createClient({ url: env.DATABASE_URI! })
      const original = await client.execute('SELECT id, assessment_year FROM case_studies LIMIT 1')
      const row = original.rows[0]!
      await client.execute({
        // updated_at too, as Payload would: the build reads again only what changed.
        sql: 'UPDATE case_studies SET assessment_year = 1800, updated_at = ? WHERE id = ?',
        args: [new Date().toISOString(), row.id!],
      })
      try {
        const requested = await api('POST', 'site-builds/rebuild', editor)
        expect(requested.status).toBe(202)
        const failed = await until('a failed build', async () =>
          (await builds(admin)).find((build) => build.status === 'failed'),
        )
        const record = await api('GET', `site-builds/${failed.id}`, editor)
        expect(record.body.log).toContain('assessmentYear')
        expect(await pageStatus(known)).toBe(200)
      } finally {
        await client.execute({
          sql: 'UPDATE case_studies SET assessment_year = ?, updated_at = ? WHERE id = ?',
          args: [row.assessment_year!, new Date().toISOString(), row.id!],
        })
        client.close()
      }
    },
  )

  it("previews a draft in the site's look, for signed-in users only", async () => {
    const draft = await api('POST', 'guides', author, {
      ...guide('Bản nháp để xem trước'),
      reviewStatus: 'ready',
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const url = `${cms}/preview/guides/${draft.body.doc.id}?locale=vi`
    const anonymous = await fetch(url, { redirect: 'manual' })
    expect(anonymous.status).toBe(302)
    const preview = await fetch(url, { headers: { Authorization: `JWT ${editor}` } })
    expect(preview.status).toBe(200)
    const html = await preview.text()
    expect(html).toContain('Bản xem trước (bản nháp)')
    expect(html).toContain('<p>Nội dung Bản nháp để xem trước.</p>')
    expect(await pageStatus(`/guides/${draft.body.doc.slug}/`)).toBe(404)
  })

  it('publishes on schedule', { timeout: 300_000 }, async () => {
    const draft = await api('POST', 'guides', editor, {
      ...guide('Hướng dẫn hẹn giờ'),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const slug = draft.body.doc.slug as string
    // What the admin's "schedule publish" does: queue Payload's schedulePublish job.
    Object.assign(process.env, env)
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/payload.config')
    const payload = await getPayload({ config })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: draft.body.doc.id as number } },
      waitUntil: new Date(Date.now() + 5000),
    })
    await payload.destroy()
    expect(await pageStatus(`/guides/${slug}/`)).toBe(404)
    await until(
      'the scheduled guide on the site',
      async () => (await pageStatus(`/guides/${slug}/`)) === 200,
      180,
    )
  })

  it('stops every process on Ctrl-C (SIGINT)', { timeout: 60_000 }, async () => {
    const group = product.pid!
    const exited = new Promise((resolve) => product.on('exit', resolve))
    process.kill(group, 'SIGINT')
    await exited
    await until(
      'the whole process group to end',
      async () => {
        try {
          process.kill(-group, 0)
          return false
        } catch {
          return true
        }
      },
      30,
    )
    expect(() => process.kill(-group, 0)).toThrow()
  })
})
