export * from './catalog'
export * from './presets'
export * from './catalog-view'
