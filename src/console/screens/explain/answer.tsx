/** @module The Explain answer: decision, reason code and words, deciding entry, what would change it. */
import type { ExplainAnswer } from '../../../admin/explain'
import {
  ADDON_LABELS,
  LEVEL_LABELS,
  type Change,
  type DecidingEntry,
  type Factor,
  type Resource,
} from '../../../engine'
import type { AppError } from '../../../errors'
import { Refusal } from '../../layout'

export const ANSWER_ID = 'explain-answer'

/**
 * The region the answer lives in, present even when empty so that htmx can swap a new answer
 * into it and assistive technology announces it (aria-live).
 */
export function AnswerRegion(props: { answer?: ExplainAnswer; error?: AppError }) {
  const { answer, error } = props
  return (
    <section id={ANSWER_ID} class="explain-answer" aria-live="polite" aria-label="Explanation">
      {error && <Refusal error={error} />}
      {answer && <Answer answer={answer} />}
    </section>
  )
}

const userHref = (id: string) => `/console/users/${encodeURIComponent(id)}`
const roleHref = (id: string) => `/console/roles/${encodeURIComponent(id)}`

function Answer({ answer }: { answer: ExplainAnswer }) {
  const { explanation: e, user, resource } = answer
  const { decision } = e
  return (
    <>
      <h2>
        <span class={`badge ${decision.allowed ? 'allowed' : 'denied'}`} data-decision>
          {decision.allowed ? 'Allowed' : 'Denied'}
        </span>{' '}
        at effective level <span data-level={decision.level}>{LEVEL_LABELS[decision.level]}</span>
      </h2>
      <dl class="explain-facts">
        <dt>Question</dt>
        <dd>
          May <a href={userHref(user.id)}>{user.name}</a> (<code>{user.id}</code>) do{' '}
          <code>{e.entry?.permission ?? ''}</code> {resourceWords(resource)}? Decided at tenant
          version {answer.version}.
        </dd>
        <dt>Reason</dt>
        <dd>
          <code data-reason>{e.reason.code}</code> {e.reason.words}
        </dd>
        <dt>Role entry</dt>
        <dd>{e.entry ? <EntryWords entry={e.entry} /> : 'none (no user to read a role from)'}</dd>
        <dt>Decided by</dt>
        <dd>{factorWords(e.factor)}</dd>
      </dl>
      <h3>What would change it</h3>
      {e.changes.length === 0 ? (
        <p class="muted">
          No change of this user’s role entry, add-ons, groups, reports or the tenant’s products
          would flip this decision.
        </p>
      ) : (
        <ul class="explain-changes">
          {e.changes.map((change) => (
            <li data-change={change.kind}>
              <ChangeLine change={change} userId={user.id} roleId={e.entry?.roleId} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function EntryWords({ entry }: { entry: DecidingEntry }) {
  return (
    <>
      role <a href={roleHref(entry.roleId)}>{entry.roleName}</a> (<code>{entry.roleId}</code>) ·{' '}
      <code>{entry.permission}</code> · level {LEVEL_LABELS[entry.level]}
      {entry.requires && (
        <>
          {' '}
          · <span class="badge addon">requires {ADDON_LABELS[entry.requires]}</span>
        </>
      )}
    </>
  )
}

function resourceWords(resource: Resource | undefined): string {
  if (!resource) return 'on some resource (no resource named)'
  const parts = [`on ${resource.type} “${resource.id}”`]
  if (resource.groupId) parts.push(`in group ${resource.groupId}`)
  if (resource.ownerId) parts.push(`owned by ${resource.ownerId}`)
  return parts.join(', ')
}

function factorWords(factor: Factor): string {
  switch (factor.kind) {
    case 'user':
      return 'the user’s record'
    case 'product':
      return `the product ${factor.product}, switched off for the tenant`
    case 'addon':
      return `the add-on ${ADDON_LABELS[factor.addon]}, ${factor.on ? 'on' : 'off'} for the user`
    case 'role_entry':
      return 'the role entry alone'
    case 'report': {
      const source =
        factor.override === 'grant'
          ? ' (granted to the user)'
          : factor.override === 'revoke'
            ? ' (revoked from the user)'
            : factor.granted
              ? ' (from the role’s defaults)'
              : ' (no grant to the user)'
      return `the user’s reports, which ${factor.granted ? 'include' : 'do not include'} ${factor.report}${source}`
    }
    case 'ownership':
      return 'the resource is the user’s own or assigned to them'
    case 'group':
      return factor.groupId === null
        ? 'the resource names no group'
        : `group ${factor.groupId}, ${factor.accessible ? 'one' : 'not one'} of the user’s groups`
  }
}

/** Where an admin makes the change: the user's Change Permissions, the role, the products. */
function placeOf(
  change: Change,
  userId: string,
  roleId: string | undefined,
): { href: string; text: string } | undefined {
  switch (change.kind) {
    case 'turn_on_addon':
    case 'turn_off_addon':
    case 'allow_group':
    case 'deny_group':
    case 'grant_report':
    case 'revoke_report':
    case 'activate_user':
      return { href: userHref(userId), text: `open user ${userId}` }
    case 'set_level':
    case 'drop_requirement':
      return roleId === undefined
        ? undefined
        : { href: roleHref(roleId), text: `open role ${roleId}` }
    case 'enable_product':
    case 'disable_product':
      return { href: '/console/products', text: 'open Products' }
    default:
      return undefined
  }
}

function ChangeLine(props: { change: Change; userId: string; roleId: string | undefined }) {
  const { change } = props
  const place = placeOf(change, props.userId, props.roleId)
  return (
    <>
      <span data-hint>{change.description}</span>
      {place && (
        <>
          {' '}
          <a href={place.href} class="explain-where">
            {place.text}
          </a>
        </>
      )}
    </>
  )
}
