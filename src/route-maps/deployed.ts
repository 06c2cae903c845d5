/**
 * @module The route maps deployed with the service (config/route-maps.json), compiled when the
 * worker loads: a file that does not validate stops the worker from starting.
 */
import file from '../../config/route-maps.json'
import { compileRouteMaps } from './route-map'

export const ROUTE_MAPS_FILE = 'config/route-maps.json'

export const deployedRouteMaps = compileRouteMaps(file, ROUTE_MAPS_FILE)
