/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:course-index' {
  import type { CourseIndex, ModuleContent } from './content/types'
  export const courseIndex: CourseIndex
  /** One loader per module id; each resolves to that module's own chunk. */
  export const moduleLoaders: Record<string, () => Promise<{ default: ModuleContent }>>
}
