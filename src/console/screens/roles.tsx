/** @module PLACEHOLDER: the roles screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const rolesScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'roles' }, <p>Not yet.</p>),
)
