/** @module What a console request carries: the bindings, its session and CSRF token. */
import type { Bindings, Principal } from '../env'
import type { Session } from './session'

export interface ConsoleEnv {
  Bindings: Bindings
  Variables: {
    requestId: string
    principal: Principal
    session: Session
    /** The session's CSRF token, put into every form and into htmx requests by the layout. */
    csrf: string
  }
}
