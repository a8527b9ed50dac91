import { writeProblem, type SavedDatabase } from '../platform/database'
import { readLegacyValues, removeLegacyValues } from '../platform/legacyStorage'
import { META } from '../platform/storageKeys'
import { now } from '../platform/clock'

/**
 * Moves what an earlier version saved (read through src/platform/legacyStorage.ts) into the
 * database, once; the old values go only once every learner's rows read back complete. Returns
 * what the learner is told when part of it could not be read or moved, else null.
 */
export async function migrateLegacy(
  db: SavedDatabase,
  setAside: (owner: string, reason: string, items: unknown[]) => Promise<void>,
): Promise<string | null> {
  if (await db.meta(META.migratedFromLocalStorage)) return null
  const values = readLegacyValues()
  if (Object.keys(values).length === 0) {
    await db.write({ meta: { [META.migratedFromLocalStorage]: true } })
    return null
  }
  // Only a device used by an earlier version needs the move, so its code loads only there.
  const { planMigration } = await import('../domain/progress/legacy')
  const plan = planMigration(values, now())
  if (plan.keys.length === 0) {
    await db.write({ meta: { [META.migratedFromLocalStorage]: true } })
    return null
  }
  try {
    await db.write({
      put: plan.rows,
      profiles: { put: plan.profiles },
      meta: { [META.activeProfile]: plan.activeId },
    })
    for (const item of plan.setAside) {
      await setAside(item.owner, item.reason, [item.text])
    }
    for (const [owner, count] of Object.entries(plan.rowCounts)) {
      const written = (await db.rowsOf(owner)).length
      if (written < count) throw new Error(`learner ${owner}: ${written} of ${count} rows`)
    }
    await db.write({ meta: { [META.migratedFromLocalStorage]: true } })
    if (db.kind === 'indexeddb') removeLegacyValues(plan.keys)
    if (plan.problems.length > 0) {
      return `之前保存的学习记录有部分无法读取（${plan.problems.join('；')}），能读取的部分已保留，原文已另存为备份，可在“学员”页面下载。`
    }
    return null
  } catch (error) {
    return `学习记录未能转存（${writeProblem(error)}），原来的数据仍保留在浏览器中，下次打开时会再试。`
  }
}
