import { describe, expect, it } from 'vitest'
import { encodeAssignment } from '../../src/domain/trainer/assignment'
import { useOpenedAssignmentsStore } from '../../src/stores/openedAssignments'
import { fixtureAssignment } from '../fixtures/trainer'
import { openTab, useFreshDeviceAt } from './helpers'

useFreshDeviceAt('2026-11-20T09:00:00.000Z')

const MODULES = ['qualities', 'phone-etiquette']

async function openedIn(tab: Awaited<ReturnType<typeof openTab>>) {
  const opened = useOpenedAssignmentsStore(tab.pinia)
  await opened.ready()
  return opened
}

describe('assignments opened on this device', () => {
  it('finds a started assignment again after a reload, time limit included', async () => {
    const opened = await openedIn(await openTab())
    expect(await opened.remember(fixtureAssignment.id, encodeAssignment(fixtureAssignment))).toBeNull()

    const reloaded = await openedIn(await openTab())
    expect(reloaded.find(fixtureAssignment.id, MODULES)).toEqual(fixtureAssignment)
    // Asked again (a timed assignment's clock asks every second): the same answer.
    expect(reloaded.find(fixtureAssignment.id, MODULES)?.timeLimit).toBe(15)
  })

  it('refuses a saved code that no longer passes the checks, and one saved under another id', async () => {
    const opened = await openedIn(await openTab())
    await opened.remember(fixtureAssignment.id, encodeAssignment(fixtureAssignment))
    await opened.remember('zzz999', encodeAssignment(fixtureAssignment))

    // The course no longer has the assignment's module: its code is refused, as a link would be.
    expect(opened.find(fixtureAssignment.id, ['qualities'])).toBeNull()
    expect(opened.find(fixtureAssignment.id, MODULES)).toEqual(fixtureAssignment)
    expect(opened.find('zzz999', MODULES)).toBeNull()
    expect(opened.find('never1', MODULES)).toBeNull()
  })

  it('gives back the code an assignment was opened with, and keeps the list as it is when the same link is opened again', async () => {
    const opened = await openedIn(await openTab())
    const code = encodeAssignment(fixtureAssignment)
    await opened.remember(fixtureAssignment.id, code)
    await opened.remember('zzz999', encodeAssignment({ ...fixtureAssignment, id: 'zzz999' }))
    expect(await opened.remember(fixtureAssignment.id, code)).toBeNull()

    const reloaded = await openedIn(await openTab())
    expect(reloaded.codeOf(fixtureAssignment.id)).toBe(code)
    expect(reloaded.codeOf('never1')).toBeUndefined()
    // Opened again from the same link: still in the order first opened (我的 lists them so).
    expect(reloaded.all(MODULES).map(({ assignment }) => assignment.id)).toEqual([fixtureAssignment.id, 'zzz999'])
  })
})
