export * from './verify-token'
export * from './authenticate'
