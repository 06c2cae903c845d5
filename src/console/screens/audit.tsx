/** @module PLACEHOLDER: the audit screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const auditScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'audit' }, <p>Not yet.</p>),
)
