export * from './deployed'
export * from './request-path'
export * from './route-map'
