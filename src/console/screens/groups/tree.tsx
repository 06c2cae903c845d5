/**
 * @module The group tree's markup: nested `ul.tree` lists, a toggle per group that loads its
 * children with htmx (or, without script, opens the page at that group), child lists in pages of
 * CHILD_PAGE, and per group an Edit disclosure with the Rename, Move and Delete forms.
 */
import { GroupEditForms } from './edit-forms'
import {
  CHILD_PAGE,
  childrenOf,
  childStart,
  groupOf,
  type GroupIndex,
  type ShownGroup,
} from './tree-view'

/** The page of one group: the tree opened down to it. */
export const groupHref = (id: string) =>
  `/console/groups?open=${encodeURIComponent(id)}#g-${encodeURIComponent(id)}`

const childrenHref = (id: string) => `/console/groups/${encodeURIComponent(id)}/children`

export interface TreeProps {
  readonly index: GroupIndex
  /** Groups whose children are rendered now (the rest load on demand). */
  readonly expanded: ReadonlySet<string>
  /** The group the page is opened at: marked current, its Edit forms in the page. */
  readonly current?: string | undefined
  /** Where the current group's child list starts (no-JS "Show more"). */
  readonly from?: number | undefined
  readonly csrf: string
}

/**
 * The children of `id` as the list htmx swaps in (hx-get on the toggle), from `start` (by default
 * the page of children that holds the way to the current group).
 */
export function ChildList(props: TreeProps & { readonly id: string; readonly start?: number }) {
  const start = props.start ?? childStart(props.index, props.id, props)
  return (
    <ul id={`kids-${props.id}`} data-loaded="">
      {start > 0 && (
        <li class="tree-more">
          <a href={groupHref(props.id)}>First subgroups of {groupOf(props.index, props.id).name}</a>
        </li>
      )}
      <ChildItems {...props} start={start} />
    </ul>
  )
}

/**
 * CHILD_PAGE children of `id` from `start`, then a "Show more" item that htmx replaces with the
 * next page (without script: the page opened at `id` from there).
 */
export function ChildItems(props: TreeProps & { readonly id: string; readonly start: number }) {
  const all = childrenOf(props.index, props.id)
  const end = props.start + CHILD_PAGE
  const name = groupOf(props.index, props.id).name
  const at = encodeURIComponent(props.id)
  return (
    <>
      {all.slice(props.start, end).map((child) => (
        <GroupNode {...props} id={child} />
      ))}
      {end < all.length && (
        <li class="tree-more">
          <a
            href={`/console/groups?open=${at}&from=${end}#g-${at}`}
            hx-get={`/console/groups/${at}/children?from=${end}`}
            hx-target="closest li"
            hx-swap="outerHTML"
          >
            Show more subgroups of {name} ({all.length - end} more)
          </a>
        </li>
      )}
    </>
  )
}

/** One group: its toggle, name, id, the edit forms and (expanded or as a placeholder) children. */
export function GroupNode(props: TreeProps & { readonly id: string }) {
  const group = groupOf(props.index, props.id)
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
        <GroupEdit group={group} current={props.current === group.id} csrf={props.csrf} />
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
function Toggle({ group, open }: { group: ShownGroup; open: boolean }) {
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

/**
 * The Edit disclosure. The current group's forms are in the page; any other group's load with
 * htmx when it is first opened, and without script its link opens the page at that group.
 */
function GroupEdit({
  group,
  current,
  csrf,
}: {
  group: ShownGroup
  current: boolean
  csrf: string
}) {
  const lazy = current
    ? {}
    : {
        'hx-get': `/console/groups/${encodeURIComponent(group.id)}/edit`,
        'hx-trigger': 'toggle once',
        'hx-target': 'find .group-edit-body',
        'hx-swap': 'innerHTML',
      }
  return (
    <details class="group-edit" open={current} {...lazy}>
      <summary>
        Edit<span class="visually-hidden"> {group.name}</span>
      </summary>
      <div class="group-edit-body">
        {current ? (
          <GroupEditForms group={group} csrf={csrf} />
        ) : (
          <a href={groupHref(group.id)}>Edit {group.name}</a>
        )}
      </div>
    </details>
  )
}
