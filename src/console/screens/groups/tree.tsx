/**
 * @module The group tree's markup: nested `ul.tree` lists, a toggle per group that loads its
 * children with htmx (or, without script, opens the page at that group), and per group the
 * Rename, Move and Delete forms.
 */
import type { GroupView } from '../../../admin/group-view'
import { CsrfField } from '../../layout'
import { childrenOf, type GroupIndex } from './tree-view'

/** The page of one group: the tree opened down to it. */
export const groupHref = (id: string) =>
  `/console/groups?open=${encodeURIComponent(id)}#g-${encodeURIComponent(id)}`

const childrenHref = (id: string) => `/console/groups/${encodeURIComponent(id)}/children`

export interface TreeProps {
  readonly index: GroupIndex
  /** Groups whose children are rendered now (the rest load on demand). */
  readonly expanded: ReadonlySet<string>
  /** The group the page is opened at, marked current. */
  readonly current?: string | undefined
  readonly csrf: string
}

/** The children of `id` as the list htmx swaps in (hx-get on the toggle). */
export const ChildList = (props: TreeProps & { readonly id: string }) => (
  <ul id={`kids-${props.id}`} data-loaded="">
    {childrenOf(props.index, props.id).map((child) => (
      <GroupNode {...props} id={child} />
    ))}
  </ul>
)

/** One group: its toggle, name, id, the edit forms and (expanded or as a placeholder) children. */
export function GroupNode(props: TreeProps & { readonly id: string }) {
  const group = props.index.byId.get(props.id)!
  const kids = childrenOf(props.index, group.id).length
  const open = props.expanded.has(group.id)
  return (
    <li id={`g-${group.id}`}>
      <div class="tree-row">
        {kids > 0 ? (
          <Toggle group={group} open={open} />
        ) : (
          <span class="tree-leaf" aria-hidden="true"></span>
        )}
        <a
          href={groupHref(group.id)}
          class="group-name"
          aria-current={props.current === group.id ? 'true' : undefined}
        >
          {group.name}
        </a>
        <code>{group.id}</code>
        {kids > 0 && <span class="reason">{kids === 1 ? '1 subgroup' : `${kids} subgroups`}</span>}
        <GroupEdit group={group} csrf={props.csrf} />
      </div>
      {kids > 0 &&
        (open ? <ChildList {...props} id={group.id} /> : <ul id={`kids-${group.id}`} hidden></ul>)}
    </li>
  )
}

/**
 * Expands or collapses a group. Collapsed: a link to the page opened at the group, which htmx
 * turns into a fetch of the children; expanded: a link back to the parent, which the tree script
 * turns into hiding the loaded children.
 */
function Toggle({ group, open }: { group: GroupView; open: boolean }) {
  const collapseHref = group.parentId === null ? '/console/groups' : groupHref(group.parentId)
  return (
    <a
      class="tree-toggle"
      href={open ? collapseHref : groupHref(group.id)}
      aria-expanded={open ? 'true' : 'false'}
      aria-controls={`kids-${group.id}`}
      data-tree-toggle=""
      {...(open
        ? {}
        : {
            'hx-get': childrenHref(group.id),
            'hx-target': 'next ul',
            'hx-swap': 'outerHTML',
            'hx-trigger': 'click once',
          })}
    >
      <span class="glyph" aria-hidden="true"></span>
      <span class="visually-hidden">Subgroups of {group.name}</span>
    </a>
  )
}

/** Rename, Move (a parent id, suggested from the groups on the page) and Delete for one group. */
function GroupEdit({ group, csrf }: { group: GroupView; csrf: string }) {
  const action = (verb: string) => `/console/groups/${encodeURIComponent(group.id)}/${verb}`
  return (
    <details class="group-edit">
      <summary>
        Edit<span class="visually-hidden"> {group.name}</span>
      </summary>
      <form method="post" action={action('rename')} class="row" aria-label={`Rename ${group.name}`}>
        <CsrfField token={csrf} />
        <label for={`name-${group.id}`}>Name</label>
        <input id={`name-${group.id}`} name="name" value={group.name} required maxlength={120} />
        <button type="submit">Rename</button>
      </form>
      <form method="post" action={action('move')} class="row" aria-label={`Move ${group.name}`}>
        <CsrfField token={csrf} />
        <label for={`parent-${group.id}`}>Parent</label>
        <input
          id={`parent-${group.id}`}
          name="parentId"
          value={group.parentId ?? ''}
          list="group-ids"
          required
          autocomplete="off"
        />
        <button type="submit">Move</button>
      </form>
      <form method="post" action={action('delete')} class="row" aria-label={`Delete ${group.name}`}>
        <CsrfField token={csrf} />
        <button type="submit" class="danger">
          Delete
        </button>
      </form>
    </details>
  )
}
