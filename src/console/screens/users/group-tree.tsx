/**
 * @module Group Access as a tree of checkboxes (SPEC §10): `data-group` on the box, checked = the
 * user sees the group; locked boxes disabled with the engine's reason in the row; collapsed
 * subtrees load on expand (htmx), or reopen the page with them open (no script).
 */
import type { AccessNode } from '../../../admin/user-group-view'
import { userHref } from './labels'

/** DOM ids from group ids (which may hold `.`, `:` and `@`). */
export const domId = (prefix: string, id: string) =>
  `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`

const entryOf = (node: AccessNode) =>
  node.entry === undefined ? undefined : node.entry ? 'allow' : 'deny'

const Toggle = ({ node, userId }: { node: AccessNode; userId: string }) => {
  if (!node.hasChildren) return <span class="tree-toggle" aria-hidden="true"></span>
  const kids = domId('kids', node.id)
  if (node.children !== undefined) {
    return (
      <button
        type="button"
        class="tree-toggle"
        aria-expanded="true"
        aria-controls={kids}
        aria-label={`Collapse ${node.name}`}
        data-tree-toggle={kids}
      >
        −
      </button>
    )
  }
  const base = `${userHref(userId)}/access`
  return (
    <a
      class="tree-toggle"
      href={`${base}?open=${encodeURIComponent(node.id)}#${domId('g', node.id)}`}
      hx-get={`${base}/groups/${encodeURIComponent(node.id)}`}
      hx-target={`#${kids}`}
      hx-swap="outerHTML"
      hx-push-url="false"
      aria-expanded="false"
      aria-controls={kids}
      aria-label={`Expand ${node.name}`}
      data-tree-toggle={kids}
    >
      +
    </a>
  )
}

const Node = ({ node, userId }: { node: AccessNode; userId: string }) => {
  const box = domId('cb', node.id)
  const why = domId('why', node.id)
  const kids = domId('kids', node.id)
  return (
    <li id={domId('g', node.id)}>
      <div class="tree-row">
        <Toggle node={node} userId={userId} />
        <input
          type="checkbox"
          id={box}
          name="group"
          value={node.id}
          data-group={node.id}
          data-entry={entryOf(node)}
          checked={node.checked}
          disabled={node.lock !== undefined}
          aria-describedby={node.lock === undefined ? undefined : why}
        />
        {node.lock === undefined && <input type="hidden" name="shown" value={node.id} />}
        <label for={box}>{node.name}</label>
        {node.inherited === 'home' && <span class="inherited">Inherited from home group</span>}
        {node.inherited === 'entry' && <span class="inherited">Inherited</span>}
        {node.entry !== undefined && (
          <span class="badge custom">{node.entry ? 'Allowed' : 'Denied'}</span>
        )}
        {node.lock !== undefined && (
          <span id={why} class="lock-reason" title={node.lockDetail}>
            {node.lock}
          </span>
        )}
      </div>
      {node.children !== undefined ? (
        <GroupList
          nodes={node.children}
          more={node.more && { ...node.more, groupId: node.id, name: node.name }}
          userId={userId}
          id={kids}
        />
      ) : (
        node.hasChildren && <ul id={kids} hidden></ul>
      )}
    </li>
  )
}

/** Where the rest of a group's children are: the next page, and the ids listed already. */
export interface MoreChildren {
  readonly groupId: string
  readonly name: string
  readonly from: number
  readonly skip: readonly string[]
}

/** "Show more": htmx puts the next page in its place; without script, the page opens there. */
export const MoreItem = ({ more, userId }: { more: MoreChildren; userId: string }) => {
  const base = `${userHref(userId)}/access`
  const id = encodeURIComponent(more.groupId)
  const query = new URLSearchParams({ from: String(more.from) })
  for (const s of more.skip) query.append('skip', s)
  return (
    <li class="tree-more">
      <a
        href={`${base}?open=${id}&from=${more.from}#${domId('g', more.groupId)}`}
        hx-get={`${base}/groups/${id}?${query}`}
        hx-target="closest li"
        hx-swap="outerHTML"
        hx-push-url="false"
      >
        Show more groups in {more.name}
      </a>
    </li>
  )
}

/** Group rows, and a Show more when there are more (what a Show more loads in its place). */
export const GroupItems = (props: {
  nodes: readonly AccessNode[]
  more?: MoreChildren | undefined
  userId: string
}) => (
  <>
    {props.nodes.map((n) => (
      <Node node={n} userId={props.userId} />
    ))}
    {props.more && <MoreItem more={props.more} userId={props.userId} />}
  </>
)

/** A list of sibling groups: the page's tree, or the fragment an expand loads. */
export const GroupList = (props: {
  nodes: readonly AccessNode[]
  more?: MoreChildren | undefined
  userId: string
  id?: string
}) => (
  <ul class={props.id === undefined ? 'tree group-access' : undefined} id={props.id}>
    <GroupItems nodes={props.nodes} more={props.more} userId={props.userId} />
  </ul>
)
