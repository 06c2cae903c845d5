/** @module How the console answers an error: a page with the API's code and message. */
import type { Context } from 'hono'
import { AppError, problemResponse } from '../errors'
import type { ConsoleEnv } from './env'
import { Layout, Refusal } from './layout'

/** Whether the caller asked for JSON rather than a page (scripts, tests of the API shape). */
const wantsJson = (c: Context<ConsoleEnv>) => {
  const accept = c.req.header('accept') ?? ''
  return !accept.includes('text/html') && /json/.test(accept)
}

/**
 * A refusal as a page in the layout (the navigation only with a session) with the problem's
 * status; a 5xx is logged with its cause and shown without it.
 */
export function renderConsoleError(error: Error, c: Context<ConsoleEnv>) {
  const known = error instanceof AppError ? error : new AppError('internal')
  if (known.status >= 500) {
    console.error(
      JSON.stringify({
        event: 'console_error',
        requestId: c.get('requestId'),
        code: known.code,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
  }
  if (wantsJson(c)) return problemResponse(known, c.req.path)
  const session = c.get('session')
  const who = session && {
    tenantId: session.principal.tenantId,
    userId: session.principal.userId,
    csrf: c.get('csrf'),
  }
  c.header('Cache-Control', 'no-store')
  if (known.status === 503) c.header('Retry-After', '1')
  return c.html(
    <Layout title="Refused" who={who}>
      <Refusal error={known} />
    </Layout>,
    known.status as 400,
  )
}
