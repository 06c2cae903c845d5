/** @module The console's screens (SPEC §10), each a Hono app over the admin use cases. */
import { Hono } from 'hono'
import type { ConsoleEnv } from './env'
import { auditScreen } from './screens/audit'
import { explainScreen } from './screens/explain'
import { groupsScreen } from './screens/groups'
import { productsScreen } from './screens/products'
import { rolesScreen } from './screens/roles'
import { usersScreen } from './screens/users'

export const screenRoutes = new Hono<ConsoleEnv>()
  .route('/roles', rolesScreen)
  .route('/users', usersScreen)
  .route('/groups', groupsScreen)
  .route('/products', productsScreen)
  .route('/explain', explainScreen)
  .route('/audit', auditScreen)
