// Load generation for the HTTP benchmarks: autocannon against one URL for a number of seconds,
// with every response's latency kept (autocannon's own histogram rounds to whole milliseconds,
// too coarse to compare two p99s within 5%).
import { readdirSync, readFileSync } from 'node:fs'
import autocannon from 'autocannon'

export interface Figures {
  /** Mean requests per second over the run (autocannon's per-second samples). */
  rps: number
  p50: number
  p99: number
  /** Transport errors and timeouts, plus answers with a status not in `ok`. */
  errors: number
  /** Responses received. */
  count: number
  /**
   * CPU time (user + system) every workerd process of the machine spent per response, in µs:
   * the service's cost without the load generator's (NaN without Linux's /proc).
   */
  workerdCpu: number
}

/** CPU seconds all workerd processes have used so far (Linux /proc; NaN elsewhere). */
function workerdCpuSeconds(): number {
  let ticks = 0
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      let stat: string
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      } catch {
        continue // the process ended meanwhile
      }
      if (!stat.includes(' (workerd) ')) continue
      // After the command's closing parenthesis: fields 3… of proc(5); utime and stime are 14, 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    }
  } catch {
    return NaN
  }
  return ticks / 100 // USER_HZ is 100 on Linux
}

export interface LoadRequest {
  method: 'GET' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
}

export interface LoadOptions {
  url: string
  connections: number
  seconds: number
  /** Cycled through by every connection; without it, GETs of `url`. */
  requests?: readonly LoadRequest[] | undefined
  /** Headers added to every request (e.g. Host, to pick a worker). */
  headers?: Record<string, string>
  /** Statuses that count as answers (default 2xx). */
  ok?: (status: number) => boolean
}

/** The `p` quantile (0–1) of ascending `sorted`. */
export const quantile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

/** Drives the URL for `seconds` with `connections` connections and returns its figures. */
export function drive(options: LoadOptions): Promise<Figures> {
  const extra = options.headers ?? {}
  const ok = options.ok ?? ((status: number) => status >= 200 && status < 300)
  const latencies: number[] = []
  let refused = 0
  const cpuBefore = workerdCpuSeconds()
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: extra,
        ...(options.requests
          ? {
              requests: options.requests.map((r) => ({
                ...r,
                headers: { ...r.headers, ...extra },
              })),
            }
          : {}),
      },
      (error, result) => {
        if (error) return reject(error as Error)
        latencies.sort((a, b) => a - b)
        resolve({
          rps: result.requests.average,
          p50: quantile(latencies, 0.5),
          p99: quantile(latencies, 0.99),
          errors: result.errors + refused, // autocannon counts timeouts among its errors
          count: latencies.length,
          workerdCpu: ((workerdCpuSeconds() - cpuBefore) * 1e6) / latencies.length,
        })
      },
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      if (!ok(status)) refused++
    })
  })
}

/** The mean of one figure over several runs. */
export const mean = (runs: readonly Figures[], key: keyof Figures): number =>
  runs.reduce((sum, run) => sum + run[key], 0) / runs.length
