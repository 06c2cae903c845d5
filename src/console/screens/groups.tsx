/** @module PLACEHOLDER: the groups screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const groupsScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'groups' }, <p>Not yet.</p>),
)
