/** @module The Explain form: a GET form (results are links), bounded suggestions for big tenants. */
import { MODULE_KEYS, MODULES, PERMISSIONS, type ModuleKey } from '../../../catalog'
import type { ExplainQuery } from './query'

/** A suggestion of a datalist: the value typed and the words shown beside it. */
export interface Choice {
  readonly value: string
  readonly label: string
}

export interface ExplainFormProps {
  readonly query: ExplainQuery
  readonly users: readonly Choice[]
  readonly groups: readonly Choice[]
  /** Modules whose product the tenant has on (the others are listed, marked off). */
  readonly enabled: (module: ModuleKey) => boolean
}

/** `<option>`s of a datalist (also the htmx fragment that refreshes one as the admin types). */
export const ChoiceOptions = ({ choices }: { choices: readonly Choice[] }) => (
  <>
    {choices.map((c) => (
      <option value={c.value}>{c.label}</option>
    ))}
  </>
)

const TextField = (props: {
  id: string
  name: keyof ExplainQuery
  label: string
  value: string
  list?: string
  suggest?: string
  hint?: string
}) => (
  <div class="field">
    <label for={props.id}>{props.label}</label>
    <input
      id={props.id}
      name={props.name}
      value={props.value}
      list={props.list}
      autocomplete="off"
      spellcheck={false}
      aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      hx-get={props.suggest}
      hx-trigger={props.suggest ? 'input changed delay:250ms' : undefined}
      hx-target={props.list ? `#${props.list}` : undefined}
      hx-swap={props.suggest ? 'innerHTML' : undefined}
      hx-sync={props.suggest ? 'this:replace' : undefined}
    />
    {props.hint && (
      <span id={`${props.id}-hint`} class="muted explain-hint">
        {props.hint}
      </span>
    )}
  </div>
)

export function ExplainForm({ query, users, groups, enabled }: ExplainFormProps) {
  return (
    <form
      method="get"
      action="/console/explain"
      class="explain-form"
      hx-get="/console/explain"
      hx-target="#explain-answer"
      hx-select="#explain-answer"
      hx-swap="outerHTML"
      hx-push-url="true"
      hx-disinherit="*"
    >
      <TextField
        id="explain-user"
        name="user"
        label="User"
        value={query.user}
        list="explain-users"
        suggest="/console/explain/users"
        hint="A user id; suggestions follow what you type."
      />
      <datalist id="explain-users">
        <ChoiceOptions choices={users} />
      </datalist>
      <div class="field">
        <label for="explain-permission">Permission</label>
        <select id="explain-permission" name="permission">
          <option value="" selected={query.permission === ''}>
            Choose a permission
          </option>
          {MODULE_KEYS.map((module) => (
            <optgroup
              label={`${module} (${MODULES[module].product}${enabled(module) ? '' : ', product off'})`}
            >
              {PERMISSIONS.filter((p) => p.module === module).map((p) => (
                <option value={p.key} selected={p.key === query.permission}>
                  {p.key}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <TextField
        id="explain-type"
        name="type"
        label="Resource type"
        value={query.type}
        hint="Optional, e.g. conversation, report, user. Without it the check is coarse."
      />
      <TextField id="explain-id" name="id" label="Resource id" value={query.id} />
      <TextField
        id="explain-group"
        name="group"
        label="Group"
        value={query.group}
        list="explain-groups"
        suggest="/console/explain/groups"
        hint="The resource's group id."
      />
      <datalist id="explain-groups">
        <ChoiceOptions choices={groups} />
      </datalist>
      <TextField
        id="explain-owner"
        name="owner"
        label="Owner"
        value={query.owner}
        hint="The user id owning the resource."
      />
      <div class="actions">
        <button type="submit" class="primary">
          Explain
        </button>
      </div>
    </form>
  )
}
