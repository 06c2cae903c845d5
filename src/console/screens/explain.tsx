/**
 * @module The Explain screen (SPEC §10): pick a user, a permission and a resource; see the
 * decision POST /v1/check would give, its reason code in words, the role entry that decided it and
 * the changes the engine found would flip it. A GET form, so every answer is a link.
 */
import { Hono } from 'hono'
import { accessibleGroupIds, explainDecision, type ExplainAnswer } from '../../admin/explain'
import { listUsers } from '../../admin/users'
import type { Caller } from '../../admin/caller'
import type { AdminDeps } from '../../admin/deps'
import { MODULES, type ModuleKey } from '../../catalog'
import { hasProduct } from '../../engine'
import type { AppError } from '../../errors'
import { attempt, consoleCaller, page } from '../context'
import type { ConsoleEnv } from '../env'
import { AnswerRegion } from './explain/answer'
import { ChoiceOptions, ExplainForm, type Choice } from './explain/form'
import { explainInputOf, queryOf } from './explain/query'

/** Suggestions per datalist: enough to pick from, bounded at any tenant size. */
const USER_CHOICES = 20
const GROUP_CHOICES = 50

async function userChoices(deps: AdminDeps, caller: Caller, prefix: string): Promise<Choice[]> {
  const found = await attempt(() =>
    listUsers(deps, caller, { limit: USER_CHOICES, ...(prefix === '' ? {} : { q: prefix }) }),
  )
  if (!found.ok) return [] // an admin who may not list users still types an id
  return found.value.users.map((u) => ({
    value: u.id,
    label: `${u.name} · ${u.roleId} · ${u.homeGroupId}`,
  }))
}

const groupChoices = (caller: Caller, prefix: string): Choice[] =>
  accessibleGroupIds(caller, prefix, GROUP_CHOICES).map((id) => ({ value: id, label: id }))

export const explainScreen = new Hono<ConsoleEnv>()
  .get('/', async (c) => {
    const { deps, caller } = await consoleCaller(c)
    const query = queryOf((name) => c.req.query(name))
    let answer: ExplainAnswer | undefined
    let error: AppError | undefined
    const outcome = await attempt(async () => {
      const input = explainInputOf(query)
      return input && explainDecision(deps, caller, input)
    })
    if (outcome.ok) answer = outcome.value
    else error = outcome.error
    const enabled = (module: ModuleKey) => hasProduct(caller.snapshot, MODULES[module].product)
    return page(
      c,
      { title: 'Explain', screen: 'Explain', status: error?.status ?? 200 },
      <>
        <p class="muted">
          Why a user may or may not do something, and what would change it: the same decision as
          POST /v1/check, found by the engine.
        </p>
        <ExplainForm
          query={query}
          users={await userChoices(deps, caller, query.user)}
          groups={groupChoices(caller, query.group)}
          enabled={enabled}
        />
        <AnswerRegion answer={answer} error={error} />
        <script src="/console/assets/explain.js" defer></script>
      </>,
    )
  })
  .get('/users', async (c) => {
    const { deps, caller } = await consoleCaller(c)
    c.header('Cache-Control', 'no-store')
    const prefix = (c.req.query('user') ?? '').trim().slice(0, 120)
    return c.html(<ChoiceOptions choices={await userChoices(deps, caller, prefix)} />)
  })
  .get('/groups', async (c) => {
    const { caller } = await consoleCaller(c)
    c.header('Cache-Control', 'no-store')
    const prefix = (c.req.query('group') ?? '').trim()
    return c.html(<ChoiceOptions choices={groupChoices(caller, prefix)} />)
  })
