export * from './decider'
export * from './http-client'
export * from './types'
