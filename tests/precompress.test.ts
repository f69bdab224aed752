import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { precompress } from '../scripts/site/precompress'

const dir = mkdtempSync(path.join(tmpdir(), 'sxsh-precompress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('precompressing a built site', () => {
  it('writes .gz and .br beside text files once, and again only for files whose content changed', async () => {
    const page = path.join(dir, 'index.html')
    writeFileSync(page, '<p>Sản xuất sạch hơn</p>')
    writeFileSync(path.join(dir, 'photo.webp'), 'binary')
    expect(await precompress(dir)).toEqual({ files: 1 })
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe('<p>Sản xuất sạch hơn</p>')
    expect(await precompress(dir)).toEqual({ files: 0 })

    // A page rewritten with the same content (Astro restores unchanged pages) is not compressed again.
    writeFileSync(page, '<p>Sản xuất sạch hơn</p>')
    const later = new Date(Date.now() + 5000)
    utimesSync(page, later, later)
    expect(await precompress(dir)).toEqual({ files: 0 })

    writeFileSync(page, '<p>Tiết kiệm điện</p>')
    expect(await precompress(dir)).toEqual({ files: 1 })
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe('<p>Tiết kiệm điện</p>')
  })
})
