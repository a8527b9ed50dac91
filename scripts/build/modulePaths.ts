/**
 * Whether a module id (an absolute path, perhaps with a query) is one of `modules` (paths from the
 * project's root, with or without a leading `./`): how the build's own plugins find the modules they name.
 */
export function isOneOf(modules: readonly string[]): (id: string) => boolean {
  const suffixes = modules.map((module) => `/${module.replace(/^\.?\//, '')}`)
  return (id) => {
    const path = id.split('?')[0]!.replaceAll('\\', '/')
    return suffixes.some((suffix) => path.endsWith(suffix))
  }
}
