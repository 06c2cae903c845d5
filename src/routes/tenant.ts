/** @module Tenant-wide settings over HTTP: /v1/tenant/products and /v1/tenant/settings. */
import { Hono } from 'hono'
import { setProducts, setSettings, showProducts, showSettings } from '../admin/tenant'
import type { AppEnv } from '../env'
import { readJson } from '../middleware/read-json'
import { ProductsBody, SettingsBody } from '../schemas'
import { adminCaller, writeHeaders } from './http-deps'

export const tenantRoutes = new Hono<AppEnv>()
  .get('/tenant/products', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await showProducts(deps, caller))
  })
  .put('/tenant/products', async (c) => {
    const body = await readJson(c, ProductsBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await setProducts(deps, caller, body)
    return c.json(answer.value, 200, writeHeaders(answer))
  })
  .get('/tenant/settings', async (c) => {
    const { deps, caller } = await adminCaller(c)
    return c.json(await showSettings(deps, caller))
  })
  .put('/tenant/settings', async (c) => {
    const body = await readJson(c, SettingsBody)
    const { deps, caller } = await adminCaller(c)
    const answer = await setSettings(deps, caller, body)
    return c.json(answer.value, 200, writeHeaders(answer))
  })
