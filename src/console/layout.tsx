/** @module The console's one layout: head, navigation, the signed-in user, alerts and notices. */
import type { Child } from 'hono/jsx'
import type { AppError } from '../errors'

/** The screens of SPEC §10, in the navigation's order. */
export const SCREENS = [
  ['Roles', '/console/roles'],
  ['Users', '/console/users'],
  ['Groups', '/console/groups'],
  ['Products', '/console/products'],
  ['Explain', '/console/explain'],
  ['Audit', '/console/audit'],
] as const

export type Screen = (typeof SCREENS)[number][0]

/** The assets the worker serves from public/ (Workers static assets). */
export const ASSETS = {
  style: '/console/assets/console.css',
  htmx: '/console/assets/htmx-2.0.11.min.js',
  script: '/console/assets/console.js',
  icon: '/console/assets/favicon.svg',
} as const

export interface Who {
  readonly tenantId: string
  readonly userId: string
  readonly csrf: string
}

export interface LayoutProps {
  readonly title: string
  /** The screen whose link is current; none on the sign-in page. */
  readonly screen?: Screen
  /** The signed-in admin; none on the sign-in page. */
  readonly who?: Who
  readonly children?: Child
}

export function Layout({ title, screen, who, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
        <title>{`${title} · Authorization console`}</title>
        <link rel="icon" href={ASSETS.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ASSETS.style} />
        <script src={ASSETS.htmx} defer></script>
        <script src={ASSETS.script} defer></script>
      </head>
      <body hx-headers={who ? JSON.stringify({ 'X-CSRF-Token': who.csrf }) : undefined}>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">Authorization console</span>
          {/* On every page (SPEC §10); before sign-in its links lead back to the sign-in page. */}
          <nav aria-label="Console">
            <ul>
              {SCREENS.map(([name, href]) => (
                <li>
                  <a href={href} aria-current={name === screen ? 'page' : undefined}>
                    {name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {who && (
            <form method="post" action="/console/sign-out" class="who">
              <CsrfField token={who.csrf} />
              <span>
                {who.userId} · {who.tenantId}
              </span>
              <button type="submit">Sign out</button>
            </form>
          )}
        </header>
        <main id="main" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  )
}

/** The hidden field every console form carries. */
export const CsrfField = ({ token }: { token: string }) => (
  <input type="hidden" name="_csrf" value={token} />
)

/** A refusal as SPEC §10 shows it: the problem code and the API's own message. */
export const Refusal = ({ error }: { error: AppError }) => (
  <div role="alert" class="alert">
    <code>{error.code}</code> {error.message}
  </div>
)

/** A polite announcement of what just happened (a save, a delete). */
export const Notice = ({ children }: { children?: Child }) => (
  <p role="status" class="notice">
    {children}
  </p>
)
