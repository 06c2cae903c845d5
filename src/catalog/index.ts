export * from './catalog'
export * from './presets'
export * from './catalog-view'
export * from './role-content'
