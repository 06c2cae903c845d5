/**
 * @module The groups page body (SPEC §10): outcome, search by name or id, the tree opened at one
 * group, the Create form and the parent suggestions. Sized for 10,000 groups: only the top groups,
 * their children and the path to the open group are rendered; the rest loads per node.
 */
import type { AppError } from '../../../errors'
import { CsrfField, Notice, Refusal } from '../../layout'
import { groupHref, GroupNode } from './tree'
import {
  childrenOf,
  expandedFor,
  searchGroups,
  topGroups,
  type GroupIndex,
  type SearchHit,
} from './tree-view'

export interface GroupsPageProps {
  readonly index: GroupIndex
  readonly csrf: string
  readonly open?: string | undefined
  /** Where the open group's child list starts (the no-JS "Show more"). */
  readonly from?: number | undefined
  readonly query?: string | undefined
  readonly notice?: string | undefined
  readonly error?: AppError | undefined
  /** The Create form's values after a refusal (so nothing typed is lost). */
  readonly draft?: { readonly name: string; readonly parentId: string; readonly id: string }
}

/** The most parent ids the Move and Create fields suggest (the groups on the page come first). */
const SUGGESTIONS = 200

export function GroupsPage(props: GroupsPageProps) {
  const { index, open } = props
  const expanded = expandedFor(index, open)
  const shown = [...topGroups(index), ...[...expanded].flatMap((id) => childrenOf(index, id))]
  const suggested = [...new Set(shown)].slice(0, SUGGESTIONS)
  const defaultParent =
    (open !== undefined && index.byId.has(open) ? open : topGroups(index)[0]) ?? ''
  return (
    <div class="groups-screen">
      {props.error && <Refusal error={props.error} />}
      {props.notice && <Notice>{props.notice}</Notice>}
      <form method="get" action="/console/groups" role="search" class="row" aria-label="Groups">
        <label for="group-search">Search groups</label>
        <input id="group-search" name="q" type="search" value={props.query ?? ''} />
        <button type="submit">Search</button>
      </form>
      {props.query !== undefined && props.query.trim() !== '' && (
        <SearchResults {...searchGroups(index, props.query)} />
      )}
      <h2 id="tree-heading">Tree</h2>
      <p class="reason">
        {index.byId.size} group(s). Expand a group to see its subgroups; Edit renames, moves or
        deletes it.
      </p>
      <ul class="tree" aria-labelledby="tree-heading">
        {topGroups(index).map((id) => (
          <GroupNode
            index={index}
            expanded={expanded}
            current={open}
            from={props.from}
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
          <option value={id}>{index.byId.get(id)!.name}</option>
        ))}
      </datalist>
      <script src="/console/assets/tree-toggle.js" defer></script>
    </div>
  )
}

function SearchResults({ hits, more }: { hits: SearchHit[]; more: boolean }) {
  return (
    <section aria-labelledby="hits-heading">
      <h2 id="hits-heading">Search results</h2>
      <p role="status">
        {hits.length === 0
          ? 'No group matches.'
          : more
            ? `The first ${hits.length} matches; refine the search for more.`
            : `${hits.length} match(es).`}
      </p>
      <ul class="group-hits">
        {hits.map(({ group, path }) => (
          <li>
            <a href={groupHref(group.id)}>{group.name}</a> <code>{group.id}</code>{' '}
            <span class="reason">{path.map((g) => g.name).join(' › ')}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
