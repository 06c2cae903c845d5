/** @module The catalog as GET /v1/catalog shows it: only what the tenant's products enable. */
import {
  ADDONS,
  DEFAULT_ADDONS,
  LEVELS,
  MODULES,
  MODULE_KEYS,
  PERMISSIONS,
  PRODUCTS,
  REPORTS,
  REPORT_KEYS,
  type Product,
} from './catalog'

const productBit = (product: Product): number => 1 << PRODUCTS.indexOf(product)

/** Encodes enabled products as a bitmask (bit i = PRODUCTS[i]); `core` is always set. */
export function productMask(products: Iterable<Product>): number {
  let mask = productBit('core')
  for (const p of products) mask |= productBit(p)
  return mask
}

export const maskHas = (mask: number, product: Product): boolean =>
  product === 'core' || (mask & productBit(product)) !== 0

export function catalogView(mask: number) {
  const on = (p: Product) => maskHas(mask, p)
  const modules = MODULE_KEYS.filter((m) => on(MODULES[m].product))
  return {
    products: PRODUCTS.filter(on).map((key) => ({
      key,
      modules: modules.filter((m) => MODULES[m].product === key),
    })),
    modules: modules.map((key) => ({
      key,
      product: MODULES[key].product,
      submodules: Object.entries(MODULES[key].submodules).map(([sub, def]) => ({
        key: sub,
        actions: [...def.actions],
        ...('description' in def ? { description: def.description } : {}),
      })),
    })),
    permissions: PERMISSIONS.filter((p) => on(p.product)).map((p) => ({
      key: p.key,
      module: p.module,
      submodule: p.submodule,
      action: p.action,
      levels: [...p.levels],
    })),
    levels: [...LEVELS],
    reports: REPORT_KEYS.filter((r) => on(REPORTS[r])).map((key) => ({
      key,
      product: REPORTS[key],
    })),
    addons: ADDONS.map((key) => ({ key, default: DEFAULT_ADDONS[key] })),
  }
}
