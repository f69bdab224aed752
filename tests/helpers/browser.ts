import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'

import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { createStaticServer } from '../../scripts/site/static-server'

/** Debian's Chromium; .ci/run installs it (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless Chromium, or a clear error saying how to get it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serveSite(outDir: string) {
  const server = createStaticServer(outDir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** For one test file: the built site served on 127.0.0.1 and a headless Chromium to read it. */
export function browserOnSite(outDir: string) {
  const served = {} as { browser: Browser; origin: string }
  let server: Awaited<ReturnType<typeof serveSite>> | undefined
  beforeAll(async () => {
    server = await serveSite(outDir)
    served.origin = server.origin
    served.browser = await launchChromium()
  })
  afterAll(async () => {
    await served.browser?.close()
    await server?.close()
  })
  return served
}
