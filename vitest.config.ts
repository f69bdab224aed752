import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The public site is built once per run from a seeded temporary database (site tests read it).
    globalSetup: ['tests/global-setup.ts'],
    // Each test file starts its own Payload on its own temporary database; files run in separate
    // processes so the adapters never share state.
    pool: 'forks',
    // Tests read what child processes print; CI may force colours, which would split log lines.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
