import * as fsmod from 'node:fs'
import base from './vite.config.ts'
import { mergeConfig } from 'vite'
export default mergeConfig(base, { plugins: [{ name: 'sizes', generateBundle(_o: unknown, bundle: Record<string, any>) {
  const rows: [string, string, number][] = []
  for (const [name, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk') continue
    for (const [id, m] of Object.entries(chunk.modules as Record<string, any>)) rows.push([name, id.replace(/.*\/work\/main\//, ''), m.renderedLength])
  }
  fsmod.writeFileSync('/tmp/modsizes.json', JSON.stringify(rows))
}}]})
