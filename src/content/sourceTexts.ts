import type { SourceFile } from './sources'

// Each document becomes its own small chunk, fetched only when someone opens it.
const loaders = import.meta.glob<string>('../../content/sources/*.txt', { query: '?raw', import: 'default' })

/** Loads one source document's full text. */
export async function loadSourceText(file: SourceFile): Promise<string> {
  const loader = loaders[`../../content/sources/${file}`]
  if (!loader) throw new Error(`missing source ${file}`)
  return loader()
}
