/**
 * @module One group's Rename, Move and Delete forms (plain POST forms; the Move field takes a
 * parent id, suggested from the groups on the page by the `group-ids` datalist).
 */
import { CsrfField } from '../../layout'
import type { ShownGroup } from './tree-view'

export function GroupEditForms({ group, csrf }: { group: ShownGroup; csrf: string }) {
  const action = (verb: string) => `/console/groups/${encodeURIComponent(group.id)}/${verb}`
  return (
    <>
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
    </>
  )
}
