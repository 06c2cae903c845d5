export * from './admin'
export * from './decision'
export * from './validate'
