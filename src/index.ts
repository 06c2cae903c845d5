import { createApp } from './app'

export { Authz } from './rpc/authz-entrypoint'
export default createApp()
