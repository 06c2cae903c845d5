// Builds the package: an ES module per entry for servers and Workers (dependencies external),
// and a self-contained browser bundle of the frontend helper. The browser build fails if the
// engine it imports ever reaches for a Worker-only or Node-only module.
import { build } from 'esbuild'

const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning' }

await build({
  ...common,
  entryPoints: {
    index: 'src/index.ts',
    hono: 'src/hono-middleware.ts',
    visibility: 'src/visibility.ts',
  },
  outdir: 'dist',
  platform: 'neutral',
  external: ['hono', 'hono/*', 'openapi-fetch'],
})

const browser = await build({
  ...common,
  entryPoints: { 'visibility.browser': 'src/visibility.ts' },
  outdir: 'dist',
  platform: 'browser',
  minify: true,
  metafile: true,
  external: ['cloudflare:*', 'node:*'],
})
const reached = Object.values(browser.metafile.outputs)
  .flatMap((o) => o.imports ?? [])
  .filter((i) => i.external)
  .map((i) => i.path)
if (reached.length > 0) {
  console.error(`the browser bundle imports platform modules: ${reached.join(', ')}`)
  process.exit(1)
}
const bytes = Object.values(browser.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
console.log(`clients/ts: dist built; browser bundle of the frontend helper ${bytes} bytes`)
