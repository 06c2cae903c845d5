// The console's static assets (SPEC §10: no CDN, works offline): htmx is the npm package's own file,
// byte for byte, at the version package.json pins; every asset the layout names exists in public/.
import { readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ASSETS } from '../../src/console/layout'

describe('console assets', () => {
  it('vendors htmx from npm unchanged, at the pinned version', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['htmx.org']
    const installed = JSON.parse(readFileSync('node_modules/htmx.org/package.json', 'utf8')).version
    expect(installed).toBe(pinned)
    expect(ASSETS.htmx).toBe(`/console/assets/htmx-${pinned}.min.js`)
    expect(readFileSync(`public${ASSETS.htmx}`)).toEqual(
      readFileSync('node_modules/htmx.org/dist/htmx.min.js'),
    )
  })

  it('serves every asset the layout links from public/', () => {
    for (const path of Object.values(ASSETS)) expect(existsSync(`public${path}`), path).toBe(true)
  })
})
