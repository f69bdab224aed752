import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { createStaticServer } from '../site/static-server'

export interface LighthouseRun {
  label: string
  url: string
  lcpMs: number
  fcpMs: number
  transferBytes: number
  score: number
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * The slow-connection profile of the budgets: 400 ms round trips, 400 Kbps, a CPU four times
 * slower, on a phone screen. Lighthouse simulates it from a real load, so runs are repeatable.
 */
const SLOW_3G = {
  rttMs: 400,
  throughputKbps: 400,
  cpuSlowdownMultiplier: 4,
  requestLatencyMs: 400,
  downloadThroughputKbps: 400,
  uploadThroughputKbps: 400,
}

/** Lighthouse performance runs against the built site, served with gzip on 127.0.0.1. */
export async function runLighthouse(
  siteDir: string,
  pages: { label: string; path: string }[],
): Promise<LighthouseRun[] | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (apt-get install chromium)`
  const server = createStaticServer(siteDir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  const runs: LighthouseRun[] = []
  try {
    for (const page of pages) {
      const result = await lighthouse(
        origin + page.path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'mobile',
            throttlingMethod: 'simulate',
            throttling: SLOW_3G,
            screenEmulation: {
              mobile: true,
              width: 412,
              height: 823,
              deviceScaleFactor: 1.75,
              disabled: false,
            },
          },
        },
      )
      const audits = result?.lhr.audits
      runs.push({
        label: page.label,
        url: page.path,
        lcpMs: Math.round(audits?.['largest-contentful-paint']?.numericValue ?? NaN),
        fcpMs: Math.round(audits?.['first-contentful-paint']?.numericValue ?? NaN),
        transferBytes: Math.round(audits?.['total-byte-weight']?.numericValue ?? NaN),
        score: Math.round((result?.lhr.categories.performance?.score ?? 0) * 100),
      })
    }
  } finally {
    chrome.kill()
    server.close()
  }
  return runs
}
