/** @module PLACEHOLDER: the users screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const usersScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'users' }, <p>Not yet.</p>),
)
