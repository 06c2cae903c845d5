/// <reference types="node" />
// A gateway (nginx, Caddy) run in the foreground as a child process: started, waited for on its
// port, its logs kept for failure reports, stopped by its pid.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { describe } from 'vitest'
import { waitForPort } from './loopback'

export interface RunningGateway {
  /** Base URL clients call, e.g. http://127.0.0.1:41234 */
  readonly url: string
  /** Everything the gateway wrote: stdout, stderr and its log files. */
  logs(): string
  stop(): Promise<void>
}

/** What a gateway stands in front of, each as host:port on loopback. */
export interface GatewayTargets {
  /** The authorization service (or a fake one, or a closed port). */
  readonly authz: string
  /** The app behind the gateway. */
  readonly app: string
}

export type StartGateway = (targets: GatewayTargets) => Promise<RunningGateway>

export interface GatewayCommand {
  readonly binary: string
  readonly args: readonly string[]
  readonly env?: Record<string, string>
  readonly port: number
  /** Log files the gateway writes besides stdout/stderr (nginx's error log). */
  readonly logFiles?: readonly string[]
  /** The temp dir holding its config, logs and state, removed once it has stopped. */
  readonly workDir: string
}

/** Where `name` is installed: on PATH, or in /usr/sbin (Debian's nginx) for a non-root PATH. */
export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin'].filter(Boolean)
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path))
}

/**
 * `describe` when `binary` is installed; otherwise `describe.skip` with a note, or a thrown error
 * when REQUIRE_GATEWAYS=1 (CI installs nginx and Caddy, so a missing one there is a failure).
 */
export function describeWhenInstalled(binary: string): typeof describe {
  if (findBinary(binary)) return describe
  if (process.env.REQUIRE_GATEWAYS === '1') {
    throw new Error(`${binary} is not installed and REQUIRE_GATEWAYS=1`)
  }
  console.warn(
    `${binary} is not installed: its gateway tests are skipped (apt-get install ${binary})`,
  )
  return describe.skip as typeof describe
}

export async function startGatewayProcess(command: GatewayCommand): Promise<RunningGateway> {
  const output: string[] = []
  const child = spawn(command.binary, command.args, {
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  let exited = false
  const exit = new Promise<void>((resolve) => {
    const done = () => {
      exited = true
      resolve()
    }
    child.once('exit', done)
    child.once('error', (error) => {
      output.push(`spawn failed: ${error.message}\n`)
      done()
    })
  })
  const logs = () =>
    [
      output.join(''),
      ...(command.logFiles ?? [])
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8')),
    ].join('\n')
  const stop = async () => {
    if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGTERM')
    const timer = setTimeout(
      () => !exited && child.pid && process.kill(child.pid, 'SIGKILL'),
      5_000,
    )
    await exit
    clearTimeout(timer)
    rmSync(command.workDir, { recursive: true, force: true })
  }
  try {
    await waitForPort(command.port, { gaveUp: () => exited })
  } catch (error) {
    const written = logs()
    await stop()
    throw new Error(`${command.binary} did not start: ${(error as Error).message}\n${written}`)
  }
  return { url: `http://127.0.0.1:${command.port}`, logs, stop }
}
