/** @module PLACEHOLDER: the explain screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const explainScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'explain' }, <p>Not yet.</p>),
)
