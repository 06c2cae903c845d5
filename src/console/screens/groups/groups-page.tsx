/**
 * @module The groups page body (SPEC §10): outcome, search by name or id, the tree opened at one
 * group, the Create form and the parent suggestions. Sized for 10,000 groups: only the top groups,
 * their children and the path to the open group are rendered; the rest loads per node.
 */
import type { AppError } from '../../../errors'
import { CsrfField, Notice, Refusal } from '../../layout'
import { groupHref, GroupNode } from './tree'
import {
  groupOf,
  pathTo,
  readableId,
  shownIds,
  topGroups,
  type GroupIndex,
  type Opening,
} from './tree-view'

/** A search's readable matches (at most SEARCH_LIMIT) and whether more match. */
export interface SearchHits {
  readonly ids: readonly string[]
  readonly more: boolean
}

/** At most this many search results are shown; the search says when there are more. */
export const SEARCH_LIMIT = 50

export interface GroupsPageProps {
  /** The readable tree with the names of every group the page shows (see groupsShown). */
  readonly index: GroupIndex
  readonly opening: Opening
  readonly csrf: string
  readonly query?: string | undefined
  readonly hits?: SearchHits | undefined
  readonly notice?: string | undefined
  readonly error?: AppError | undefined
  /** The Create form's values after a refusal (so nothing typed is lost). */
  readonly draft?: { readonly name: string; readonly parentId: string; readonly id: string }
}

/** The most parent ids the Move and Create fields suggest (the groups on the page). */
const SUGGESTIONS = 200

/** The groups whose names the page shows: the tree as opened, the search hits and their paths. */
export function groupsShown(index: GroupIndex, opening: Opening, hits?: SearchHits): string[] {
  const shown = new Set(shownIds(index, opening))
  for (const id of hits?.ids ?? []) for (const on of pathTo(index, id)) shown.add(on)
  return [...shown]
}

export function GroupsPage(props: GroupsPageProps) {
  const { index, opening } = props
  const open = opening.current
  const suggested = shownIds(index, opening).slice(0, SUGGESTIONS)
  const defaultParent =
    (open !== undefined && readableId(index, open) ? open : topGroups(index)[0]) ?? ''
  return (
    <div class="groups-screen">
      {props.error && <Refusal error={props.error} />}
      {props.notice && <Notice>{props.notice}</Notice>}
      <form method="get" action="/console/groups" role="search" class="row" aria-label="Groups">
        <label for="group-search">Search groups</label>
        <input id="group-search" name="q" type="search" value={props.query ?? ''} />
        <button type="submit">Search</button>
      </form>
      {props.hits && <SearchResults index={index} hits={props.hits} />}
      <h2 id="tree-heading">Tree</h2>
      <p class="reason">
        {index.count} group(s). Expand a group to see its subgroups; Edit renames, moves or deletes
        it.
      </p>
      <ul class="tree" aria-labelledby="tree-heading">
        {topGroups(index).map((id) => (
          <GroupNode
            index={index}
            expanded={opening.expanded}
            current={open}
            from={opening.from}
            csrf={props.csrf}
            id={id}
          />
        ))}
      </ul>
      <h2 id="create-heading">Create a group</h2>
      <form
        method="post"
        action="/console/groups"
        class="stack"
        aria-labelledby="create-heading"
        data-unsaved=""
      >
        <CsrfField token={props.csrf} />
        <div class="field">
          <label for="create-name">Name</label>
          <input
            id="create-name"
            name="name"
            required
            maxlength={120}
            value={props.draft?.name ?? ''}
          />
        </div>
        <div class="field">
          <label for="create-parent">Parent</label>
          <input
            id="create-parent"
            name="parentId"
            list="group-ids"
            required
            autocomplete="off"
            aria-describedby="create-parent-hint"
            value={props.draft?.parentId ?? defaultParent}
          />
          <span id="create-parent-hint" class="reason">
            The parent group’s id (search above to find one).
          </span>
        </div>
        <div class="field">
          <label for="create-id">Id (optional)</label>
          <input id="create-id" name="id" autocomplete="off" value={props.draft?.id ?? ''} />
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            Create
          </button>
        </div>
      </form>
      <datalist id="group-ids">
        {suggested.map((id) => (
          <option value={id}>{groupOf(index, id).name}</option>
        ))}
      </datalist>
      <script src="/console/assets/tree-toggle.js" defer></script>
    </div>
  )
}

function SearchResults({ index, hits }: { index: GroupIndex; hits: SearchHits }) {
  return (
    <section aria-labelledby="hits-heading">
      <h2 id="hits-heading">Search results</h2>
      <p role="status">
        {hits.ids.length === 0
          ? 'No group matches.'
          : hits.more
            ? `The first ${hits.ids.length} matches; refine the search for more.`
            : `${hits.ids.length} match(es).`}
      </p>
      <ul class="group-hits">
        {hits.ids.map((id) => (
          <li>
            <a href={groupHref(id)}>{groupOf(index, id).name}</a> <code>{id}</code>{' '}
            <span class="reason">
              {pathTo(index, id)
                .map((on) => groupOf(index, on).name)
                .join(' › ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
