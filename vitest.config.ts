// Nothing in tests may reach the network: no Request.cf download, no metrics.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
process.env.WRANGLER_SEND_METRICS ??= 'false'

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { exportJWK, generateKeyPair } from 'jose'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The console's browser tests need Debian's Chromium. CI installs it and sets REQUIRE_BROWSER=1
// (then a missing browser fails them); elsewhere they are left out with a warning.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browserTests = existsSync(CHROMIUM) || process.env.REQUIRE_BROWSER === '1'
if (!browserTests) {
  console.warn(`${CHROMIUM} is missing: the console's browser tests (test/browser) are skipped`)
}

// A signing key made for this test run only: tests sign tokens with it inside workerd.
const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
const kid = 'test-key-1'
const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }
const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' }

export default defineConfig({
  test: {
    // Two test files at a time even on two cores: the integration and browser files mostly wait on
    // their workerd, gateways and Chromium (measured: the whole run 487 s with one, 398 s with two).
    maxWorkers: 2,
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                ENVIRONMENT: 'test',
                JWT_ISSUER: 'https://issuer.test',
                JWT_AUDIENCE: 'authz-test',
                JWT_JWKS: JSON.stringify({ keys: [publicJwk] }),
                JWT_JWKS_URL: '',
                WEBHOOK_SECRETS: 'test-secret-old,test-secret-new',
                CONSISTENCY_SECRET: 'test-consistency-new,test-consistency-old',
                OPERATOR_SECRET: 'test-operator-secret',
                TEST_SIGNING_JWK: JSON.stringify(privateJwk),
                TEST_MIGRATIONS: await readD1Migrations(
                  fileURLToPath(new URL('./migrations', import.meta.url)),
                ),
              },
            },
          })),
        ],
        test: {
          name: 'workerd',
          setupFiles: ['./test/helpers/setup.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**', 'test/browser/**'],
        },
      },
      {
        // Real processes around the worker: gateways, a second worker, the typed client.
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['./test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(browserTests
        ? [
            {
              // The console in Debian's Chromium (playwright-core) against the worker in one workerd.
              test: {
                name: 'browser',
                environment: 'node',
                include: ['test/browser/**/*.test.ts'],
                globalSetup: ['./test/integration/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
})
