/**
 * @module The Products and settings screen (SPEC §10): the tenant's enabled products as checkboxes
 * (core always on) and the grant scope (SPEC §4) as a radio group, saved through setProducts and
 * setSettings (POST, then 303 back with a notice); a refusal re-renders with the API's code.
 */
import { Hono } from 'hono'
import { setProducts, setSettings, showProducts, showSettings } from '../../admin/tenant'
import { ALWAYS_ON_PRODUCTS, MODULE_KEYS, MODULES, type Product } from '../../catalog'
import type { GrantScope } from '../../engine'
import type { AppError } from '../../errors'
import { ProductsBody, SettingsBody, validated } from '../../schemas'
import {
  attempt,
  consoleCaller,
  field,
  fields,
  formOf,
  page,
  type ConsoleAdmin,
  type ConsoleContext,
} from '../context'
import type { ConsoleEnv } from '../env'
import { CsrfField, Notice, Refusal } from '../layout'

/** The grant scopes the settings schema allows, in its order. */
const GRANT_SCOPES = SettingsBody.shape.grantScope.options

const GRANT_SCOPE_TEXT: Record<GrantScope, { label: string; hint: string }> = {
  siblings: {
    label: 'Siblings',
    hint: 'Sister groups of the home group and their descendants (the default).',
  },
  same_level_or_below: {
    label: 'Same level or below',
    hint: 'Any group at the home group’s depth or deeper, anywhere in the organization.',
  },
}

/** `ai_metrics` → `AI metrics`. */
const productLabel = (product: string) =>
  product
    .split('_')
    .map((word, i) =>
      word === 'ai' ? 'AI' : i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word,
    )
    .join(' ')

const modulesOf = (product: Product) => MODULE_KEYS.filter((m) => MODULES[m].product === product)

const NOTICES: Record<string, string> = {
  products: 'Products saved',
  settings: 'Grant scope saved',
}

interface ProductsPageProps {
  readonly enabled: readonly string[]
  readonly available: readonly string[]
  readonly grantScope: GrantScope
  readonly csrf: string
  readonly notice?: string | undefined
  readonly error?: AppError | undefined
}

function ProductsPage(props: ProductsPageProps) {
  return (
    <div class="products-screen">
      {props.error && <Refusal error={props.error} />}
      {props.notice && <Notice>{props.notice}</Notice>}
      <form method="post" action="/console/products" data-unsaved="">
        <CsrfField token={props.csrf} />
        <fieldset>
          <legend>Enabled products</legend>
          <p class="reason">
            A product’s modules appear in roles, checks and the catalog only while it is on.
          </p>
          <ul class="product-list">
            {props.available.map((product) => {
              const always = ALWAYS_ON_PRODUCTS.includes(product as Product)
              const id = `product-${product}`
              return (
                <li class="row">
                  <input
                    type="checkbox"
                    id={id}
                    name="products"
                    value={product}
                    checked={props.enabled.includes(product)}
                    disabled={always}
                    aria-describedby={`${id}-modules`}
                  />
                  <label for={id}>{productLabel(product)}</label>
                  <span id={`${id}-modules`} class="reason">
                    {always ? 'Always on. ' : ''}
                    Modules: {modulesOf(product as Product).join(', ') || 'none'}
                  </span>
                </li>
              )
            })}
          </ul>
          <button type="submit" class="primary">
            Save products
          </button>
        </fieldset>
      </form>
      <form method="post" action="/console/products/settings" data-unsaved="">
        <CsrfField token={props.csrf} />
        <fieldset>
          <legend>Grant scope</legend>
          <p class="reason">Which groups outside a user’s home subtree an admin may allow them.</p>
          {GRANT_SCOPES.map((scope) => (
            <div class="row">
              <input
                type="radio"
                id={`scope-${scope}`}
                name="grantScope"
                value={scope}
                checked={props.grantScope === scope}
                aria-describedby={`scope-${scope}-hint`}
              />
              <label for={`scope-${scope}`}>{GRANT_SCOPE_TEXT[scope].label}</label>
              <code>{scope}</code>
              <span id={`scope-${scope}-hint`} class="reason">
                {GRANT_SCOPE_TEXT[scope].hint}
              </span>
            </div>
          ))}
          <div class="actions">
            <button type="submit" class="primary">
              Save grant scope
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  )
}

/** The page as the API shows the tenant now (after a refusal: with it and its status). */
async function productsPage(
  c: ConsoleContext,
  extra: { notice?: string; error?: AppError } = {},
  admin?: ConsoleAdmin,
) {
  const { deps, caller } = admin ?? (await consoleCaller(c))
  const [products, settings] = await Promise.all([
    showProducts(deps, caller),
    showSettings(deps, caller),
  ])
  const body = (
    <ProductsPage
      enabled={products.enabled}
      available={products.available}
      grantScope={settings.grantScope}
      csrf={c.get('csrf')}
      {...extra}
    />
  )
  return page(
    c,
    { title: 'Products and settings', screen: 'Products', status: extra.error?.status ?? 200 },
    body,
  )
}

const savedAt = (what: string, version: number) =>
  `/console/products?saved=${what}&version=${version}`

export const productsScreen = new Hono<ConsoleEnv>()
  .get('/', (c) => {
    const saved = NOTICES[c.req.query('saved') ?? '']
    const notice = saved && `${saved} (version ${c.req.query('version') ?? '?'}).`
    return productsPage(c, notice ? { notice } : {})
  })
  .post('/', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const result = await attempt(() =>
      setProducts(deps, caller, validated({ products: fields(form, 'products') }, ProductsBody)),
    )
    if (!result.ok) return productsPage(c, { error: result.error }, admin)
    return c.redirect(savedAt('products', result.value.value.version), 303)
  })
  .post('/settings', async (c) => {
    const form = await formOf(c)
    const admin = await consoleCaller(c)
    const { deps, caller } = admin
    const result = await attempt(() =>
      setSettings(deps, caller, validated({ grantScope: field(form, 'grantScope') }, SettingsBody)),
    )
    if (!result.ok) return productsPage(c, { error: result.error }, admin)
    return c.redirect(savedAt('settings', result.value.value.version), 303)
  })
