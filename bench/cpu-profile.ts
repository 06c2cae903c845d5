// Reading a V8 CPU profile (CDP Profiler.stop): self and total time per function (name + place),
// per source file (through the bundle's source map), and the runtime's own buckets.
import { readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { relative } from 'node:path'
import type { CpuProfile } from './inspector'

/** V8's pseudo-frames: time outside JavaScript. */
export const RUNTIME_FRAMES = ['(program)', '(garbage collector)', '(idle)', '(root)'] as const
/** The file group of frames with no script. */
export const NATIVE = 'native code (workerd C++ API, V8 builtins)'

export interface FunctionTime {
  /** `name  place`: the function and where it is (source file:line when mapped). */
  label: string
  /** Source file (or package) the function lives in; the pseudo-frame's name otherwise. */
  file: string
  selfMs: number
  totalMs: number
  /** The caller its self time came from most (label), and that caller's share of it. */
  caller?: { label: string; share: number }
}

export interface ProfileSummary {
  totalMs: number
  /** Self time of each runtime pseudo-frame. */
  runtime: Record<string, number>
  functions: FunctionTime[]
}

/** Maps bundle positions back to sources with the bundle's `.map`, when there is one. */
export function bundleMapper(mapPath: string, root = process.cwd()) {
  let map: SourceMap | undefined
  try {
    map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')))
  } catch {
    map = undefined
  }
  const sourceRoot = mapPath.replace(/[^/]*$/, '')
  return (line: number, column: number): { file: string; line: number } | undefined => {
    const entry = map?.findEntry(line, column)
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return undefined
    const source = entry.originalSource.replace(/^file:\/\//, '')
    const file = relative(root, source.startsWith('/') ? source : sourceRoot + source)
    return { file, line: entry.originalLine + 1 }
  }
}

/** A source file shortened to what names it: `src/...`, or the package under node_modules. */
export function fileGroup(file: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  return inModules ? `${inModules[1]} (package)` : file
}

/**
 * Self and total (inclusive) time per function, keyed by name and place; time per sample is
 * taken from the profile's `timeDeltas`.
 */
export function summarize(
  profile: CpuProfile,
  map: ReturnType<typeof bundleMapper>,
): ProfileSummary {
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id)

  const keyOf = new Map<number, { key: string; label: string; file: string }>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    if (!url) {
      // No script: V8's pseudo-frames, or native code (workerd's C++ API such as Response and
      // TextDecoder, V8 builtins; V8 names some of them oddly, e.g. `set tracing`).
      const pseudo = (RUNTIME_FRAMES as readonly string[]).includes(functionName)
      const label = pseudo ? functionName : `${functionName || '(unnamed)'} [native]`
      keyOf.set(node.id, { key: label, label, file: pseudo ? label : NATIVE })
      continue
    }
    const mapped = map(lineNumber, columnNumber)
    const place = mapped ? `${mapped.file}:${mapped.line}` : `${url}:${lineNumber + 1}`
    const file = mapped ? fileGroup(mapped.file) : url
    keyOf.set(node.id, { key: `${name} ${place}`, label: `${name}  ${place}`, file })
  }

  const self = new Map<string, number>()
  const callers = new Map<string, Map<string, number>>()
  const total = new Map<string, number>()
  const meta = new Map<string, { label: string; file: string }>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let totalMs = 0
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the delta to the next one (the last sample gets the mean).
    const ms = (deltas[i + 1] ?? (profile.endTime - profile.startTime) / samples.length) / 1000
    totalMs += ms
    const leaf = keyOf.get(samples[i]!)!
    self.set(leaf.key, (self.get(leaf.key) ?? 0) + ms)
    let up = parentOf.get(samples[i]!)
    while (up !== undefined && keyOf.get(up)!.key === leaf.key) up = parentOf.get(up)
    if (up !== undefined) {
      const of = callers.get(leaf.key) ?? new Map<string, number>()
      const caller = keyOf.get(up)!.label
      of.set(caller, (of.get(caller) ?? 0) + ms)
      callers.set(leaf.key, of)
    }
    const seen = new Set<string>()
    for (let id: number | undefined = samples[i]; id !== undefined; id = parentOf.get(id)) {
      const at = keyOf.get(id)!
      if (seen.has(at.key)) continue // recursion counts once
      seen.add(at.key)
      meta.set(at.key, at)
      total.set(at.key, (total.get(at.key) ?? 0) + ms)
    }
  }
  const runtime: Record<string, number> = {}
  for (const frame of RUNTIME_FRAMES) runtime[frame] = self.get(frame) ?? 0
  const functions = [...meta.entries()].map(([key, { label, file }]): FunctionTime => {
    const selfMs = self.get(key) ?? 0
    const [caller, ms] = [...(callers.get(key) ?? [])].sort((a, b) => b[1] - a[1])[0] ?? []
    return {
      label,
      file,
      selfMs,
      totalMs: total.get(key) ?? 0,
      ...(caller && ms ? { caller: { label: caller, share: ms / selfMs } } : {}),
    }
  })
  return { totalMs, runtime, functions }
}

/** Self time summed per source file (or package). */
export function byFile(summary: ProfileSummary): { file: string; selfMs: number }[] {
  const out = new Map<string, number>()
  for (const f of summary.functions) out.set(f.file, (out.get(f.file) ?? 0) + f.selfMs)
  return [...out.entries()]
    .map(([file, selfMs]) => ({ file, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
}
