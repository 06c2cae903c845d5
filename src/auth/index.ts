export * from './verify-token'
