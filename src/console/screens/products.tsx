/** @module PLACEHOLDER: the products screen (being written). */
import { Hono } from 'hono'
import { page } from '../context'
import type { ConsoleEnv } from '../env'

export const productsScreen = new Hono<ConsoleEnv>().get('/', (c) =>
  page(c, { title: 'products' }, <p>Not yet.</p>),
)
