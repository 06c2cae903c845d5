/**
 * @module The users list (SPEC §10 "Users"): paged by cursor like GET /v1/users, searched by an id,
 * email or name prefix; the search box swaps the results with htmx and works as a plain GET form.
 */
import type { UserPage } from '../../../admin/users'
import { userHref } from './labels'

export interface ListQuery {
  readonly q: string | undefined
  readonly cursor: string | undefined
}

const countText = (n: number, more: boolean) =>
  `${n} ${n === 1 ? 'user' : 'users'}${more ? ' on this page' : ''}`

const pageHref = (q: string | undefined, cursor: string | undefined) => {
  const params = new URLSearchParams()
  if (q !== undefined) params.set('q', q)
  if (cursor !== undefined) params.set('cursor', cursor)
  const search = params.toString()
  return search === '' ? '/console/users' : `/console/users?${search}`
}

/** The announced count; in an htmx answer it replaces the live region's content out of band. */
export const ResultCount = ({ page, oob }: { page: UserPage; oob?: boolean }) => (
  <p id="user-count" role="status" class="users-count" hx-swap-oob={oob ? 'innerHTML' : undefined}>
    {countText(page.users.length, page.next !== null)}
  </p>
)

/** The results table and pager (what a search swaps). */
export const UserResults = ({ page, query }: { page: UserPage; query: ListQuery }) => (
  <div id="user-results">
    {page.users.length === 0 ? (
      <p>No user matches.</p>
    ) : (
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Users</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Home group</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {page.users.map((u) => (
              <tr>
                <td>
                  <a href={userHref(u.id)}>{u.id}</a>
                </td>
                <td>{u.name}</td>
                <td>{u.email ?? ''}</td>
                <td>{u.roleId}</td>
                <td>{u.homeGroupId}</td>
                <td>{u.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <nav class="pager" aria-label="Pages">
      {query.cursor !== undefined && <a href={pageHref(query.q, undefined)}>First page</a>}
      {page.next !== null && <a href={pageHref(query.q, page.next)}>Next page</a>}
    </nav>
  </div>
)

/** The whole list: the search form, the announced count and the results. */
export const UserList = ({ page, query }: { page: UserPage; query: ListQuery }) => (
  <div class="users-screen">
    <form method="get" action="/console/users" role="search" class="row users-search">
      <label for="user-q">Search users</label>
      <input
        id="user-q"
        type="search"
        name="q"
        value={query.q ?? ''}
        placeholder="id, email or name starts with…"
        autocomplete="off"
        hx-get="/console/users"
        hx-trigger="input changed delay:300ms, search"
        hx-target="#user-results"
        hx-swap="outerHTML"
        hx-push-url="true"
      />
      <button type="submit">Search</button>
    </form>
    <ResultCount page={page} />
    <UserResults page={page} query={query} />
  </div>
)
