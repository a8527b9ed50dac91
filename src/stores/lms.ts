import { acceptHMRUpdate, defineStore } from 'pinia'
import { watch } from 'vue'
import type { Router } from 'vue-router'
import lmsSettings from 'virtual:lms-settings'
import type { DetectedLms } from '../platform/lms/detect'
import { LmsError, type LmsLaunch, type LmsRuntime } from '../platform/lms/runtime'
import { encodeResume, decodeResume } from '../domain/lms/suspendData'
import { mergeResume } from '../domain/lms/resume'
import { courseStatus } from '../domain/lms/status'
import { bookmarkOf } from '../domain/lms/bookmark'
import { cleanText } from '../domain/text/sanitize'
import { attemptInteractions, scenarioChoices, type ReportedQuestion } from '../domain/lms/interactions'
import { requiredLessonIds } from '../domain/course/order'
import { EXAM_QUIZ_ID } from '../domain/exam/standing'
import { describeQuiz } from '../domain/quiz/catalog'
import type { QuizAttempt } from '../domain/quiz/session'
import type { ScenarioRun } from '../domain/scenario/runs'
import { translate } from '../i18n'
import messages from '../i18n/zh-CN/lms'
import { useCourseStore } from './course'
import { useLmsPresenceStore } from './lmsPresence'
import { useProfileStore } from './profiles'
import { useProgressStore } from './progress'
import { useQuestionStore } from './questions'
import { useScenarioStore } from './scenarios'

/** The progress store's actions that change what is reported: each is reported once it is saved. */
const REPORTED_ACTIONS: readonly string[] = ['setLessonLearned', 'recordAttempt', 'recordScenarioRun', 'importInto']
/** How long after a failed report the course tries again by itself. */
const RETRY_AFTER_MS = 20_000
const say = (key: keyof typeof messages.lms, reason = '') => translate(messages, `lms.${key}`, { reason })
/** `name`, or 「name（2）」 and on while a learner here has it: names here are each one learner's. */
function freeName(name: string, taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((profile) => profile.name))
  let free = name
  for (let number = 2; names.has(free); number += 1) free = `${name.slice(0, 16)}（${number}）`
  return free
}
const reasonOf = (error: unknown) => (error instanceof LmsError ? error.message : '学习平台没有回应。')

/**
 * The course inside an LMS: starts the runtime, takes the learner from it, restores what it kept,
 * then reports every lesson, quiz, role-play and page as the learner goes. Loaded only when
 * detect.ts found an LMS (see main.ts). The rules are in src/domain/lms; this store only wires them.
 */
export const useLmsStore = defineStore('lms', () => {
  const presence = useLmsPresenceStore()
  const progressStore = useProgressStore()
  const courseStore = useCourseStore()
  let runtime: LmsRuntime | null = null
  let launch: LmsLaunch | null = null
  let bookmark = '/'
  /** The learner the LMS launched, once found here; only their progress is reported. */
  let learnerId: string | null = null
  /** The LMS's id of the learner it launched. */
  let launchedLms: string | null = null
  /** What the LMS kept, held while the launched learner is not the active one (a PIN not yet given). */
  let resumeWaiting: string | null = null
  /** What the learner is told while that learner's PIN keeps them from being switched to. */
  let lockedNotice: string | null = null
  /**
   * True from a launch whose kept progress could not be read until the launched learner changes
   * something: until then the LMS keeps what it has (its status and saved data are not overwritten by an
   * empty start).
   */
  let keepingLmsData = false
  /** Calls to the LMS, one after another in the order made. */
  let queue: Promise<void> = Promise.resolve()

  /** What the learner was told when a report failed: taken down once every failed one has got through. */
  let failedNotice: string | null = null
  /** Reports the LMS refused, tried again in order, by themselves, after a while. */
  let failed: ((lms: LmsRuntime) => Promise<void>)[] = []
  /** Why the LMS refused the last report that failed. */
  let refusedBecause = ''
  let retry: ReturnType<typeof setTimeout> | null = null

  function enqueue(task: (lms: LmsRuntime) => Promise<void>): Promise<void> {
    const lms = runtime
    if (!lms) return queue
    queue = queue.then(() =>
      task(lms).then(
        () => {
          if (failed.length > 0 || failedNotice === null) return
          if (presence.problem === failedNotice) presence.problem = null
          failedNotice = null
        },
        (error: unknown) => {
          refusedBecause = reasonOf(error)
          // Said once until a report gets through: dismissed, it does not come back with each retry.
          if (failedNotice === null) presence.problem = failedNotice = say('reportFailed', refusedBecause)
          failed.push(task)
          // Once the session is closing nothing is tried again: finish() says what did not get through.
          if (runtime) retry ??= setTimeout(retryFailed, RETRY_AFTER_MS)
        },
      ),
    )
    return queue
  }

  /** Sends again what the LMS refused, in the order it was made; what fails again waits for the next try. */
  function retryFailed(): void {
    retry = null
    if (!runtime) return
    const again = failed
    failed = []
    for (const task of again) void enqueue(task)
  }

  function lessonIds(): string[] {
    return courseStore.index.modules.flatMap(requiredLessonIds)
  }

  /**
   * True while the learner the LMS launched is the active one here: another learner's progress (a
   * switch on a shared PC, or a PIN not yet given) is never reported as theirs.
   */
  function forLaunchedLearner(): boolean {
    return learnerId === null || useProfileStore().activeId === learnerId
  }

  /**
   * What to keep for resuming and the status, both from the progress as it is now. Taken now, not
   * when the queue reaches it: an earlier report still waiting on a slow LMS must not send a pass
   * ahead of the exam's answers, which a hand-in queues after it.
   */
  function report(): Promise<void> {
    if (!forLaunchedLearner() || keepingLmsData) return queue
    // The progress is replaced whole on every change, so holding it is a snapshot.
    const progress = progressStore.progress
    const page = bookmark
    return enqueue(async (lms) => {
      await lms.setStatus(courseStatus(progress, lessonIds(), lmsSettings, launch?.masteryScore ?? null))
      await lms.saveResume(encodeResume(progress), page)
    })
  }

  function reportAttempt(attempt: QuizAttempt): Promise<void> {
    if (!forLaunchedLearner()) return queue
    const questions = new Map<string, ReportedQuestion>()
    const moduleIds = courseStore.index.modules.map((module) => module.id)
    for (const bank of Object.values(useQuestionStore().questionsOf(moduleIds)))
      for (const question of bank) questions.set(question.id, question)
    const interactions = attemptInteractions(attempt, questions)
    return enqueue((lms) =>
      lms.reportQuiz({
        quizId: attempt.quizId,
        title: attempt.title,
        isExam: attempt.quizId === EXAM_QUIZ_ID,
        passed: attempt.score.passed,
        scaled: Math.round(attempt.score.percent * 100) / 10_000,
        interactions,
      }),
    )
  }

  function reportRun(run: ScenarioRun): Promise<void> {
    if (!forLaunchedLearner()) return queue
    const scenario = useScenarioStore().scenarioOf(run.scenarioId)
    const choices = scenario ? scenarioChoices(run, scenario.steps) : []
    return enqueue((lms) => lms.reportScenario(choices.map((choice) => ({ ...choice }))))
  }

  /**
   * The LMS names the learner: the learner it launched here before (by its learner id), else one of
   * that name no LMS learner has claimed, else the unnamed one, else a new one. Another LMS user of the
   * same name is never given these records: they are a learner of their own (王伟（2）).
   * One with a PIN is switched to only with it: until then nothing is reported, and the learner is told.
   */
  async function adoptLearner(lms: { id: string; name: string }): Promise<void> {
    const profiles = useProfileStore()
    // Cut and cleaned as names here are kept, so a name cut after a space is not taken for a new one.
    const cut = cleanText(lms.name.slice(0, 20))
    const same =
      profiles.list.profiles.find((profile) => profile.lmsLearner === lms.id) ??
      profiles.list.profiles.find((profile) => profile.name === cut && !profile.lmsLearner)
    launchedLms = lms.id
    if (same) {
      learnerId = same.id
      // Claimed for this LMS learner only once switched to: a learner here whose PIN is not given stays unclaimed.
      if (same.id !== profiles.activeId && (await profiles.activate(same.id))) {
        lockedNotice = say('learnerLocked', same.name)
        presence.problem = lockedNotice
        return
      }
      await claimForLms()
      if (profiles.needsWelcome && profiles.active.name === cut) await profiles.edit(same.id, { name: cut })
      return
    }
    const others = profiles.list.profiles.filter((profile) => profile.id !== profiles.activeId)
    const problem =
      profiles.needsWelcome && !profiles.active.lmsLearner
        ? Object.values((await profiles.edit(profiles.activeId, { name: freeName(cut, others) })) ?? {})[0]
        : await profiles.create(freeName(cut, profiles.list.profiles))
    if (problem) {
      // No learner here could be made for them: nothing is reported as theirs, and they are told.
      learnerId = ''
      presence.problem = say('learnerNotMade', problem)
      return
    }
    learnerId = profiles.activeId
    await claimForLms()
  }

  /** Notes on the launched learner, once they are the active one, which LMS learner they are. */
  async function claimForLms(): Promise<void> {
    const profiles = useProfileStore()
    if (launchedLms && profiles.activeId === learnerId && !profiles.active.lmsLearner)
      await profiles.put({ ...profiles.active, lmsLearner: launchedLms })
  }

  async function restore(resume: string): Promise<void> {
    const read = decodeResume(resume)
    if (!read.ok) {
      presence.problem = say('resumeFailed', `${read.problem}。`)
      keepingLmsData = true
      return
    }
    const moduleIds = courseStore.index.modules.map((module) => module.id)
    const scenarios = courseStore.index.scenarios
    await progressStore.whenHistoryLoaded()
    await progressStore.importInto(
      mergeResume(progressStore.progress, read.data, {
        quiz: (quizId) => {
          if (quizId === EXAM_QUIZ_ID) return courseStore.index.exam?.title ?? '结业考试'
          const quiz = describeQuiz(quizId, moduleIds)
          const module = quiz?.kind === 'module' ? courseStore.findModule(quiz.moduleIds[0] ?? '') : undefined
          return module ? `${module.title} 测验` : '测验'
        },
        scenario: (scenarioId) => scenarios.find((scenario) => scenario.id === scenarioId)?.title ?? '情景对话',
      }),
    )
  }

  /**
   * Connects to the LMS found by detect.ts and follows the learner from then on. Never throws: a launch
   * that fails leaves the course working on its own, with `presence.problem` saying so.
   */
  async function start(found: DetectedLms, router: Router): Promise<void> {
    if (found.kind === 'scormMissing') {
      presence.problem = say('scormMissing')
      return
    }
    try {
      if (found.kind === 'cmi5') {
        runtime = (await import('../platform/lms/cmi5')).createCmi5Runtime(found.launchUrl)
      } else {
        runtime = (await import('../platform/lms/scorm')).createScormRuntime(found.kind, found.api)
      }
      launch = await runtime.start()
    } catch (error) {
      runtime = null
      presence.problem = say('launchFailed', reasonOf(error))
      return
    }
    presence.active = true
    presence.returnUrl = runtime.returnUrl
    if (launch.learner) await adoptLearner(launch.learner)
    // Merged into the launched learner's records only: held while another learner is the active one.
    if (launch.resume && forLaunchedLearner()) await restore(launch.resume)
    else resumeWaiting = launch.resume
    await router.isReady()
    const here = router.currentRoute.value.fullPath
    if (launch.bookmark && here === '/' && router.resolve(launch.bookmark).matched.length > 0) {
      await router.replace(launch.bookmark)
    }
    bookmark = bookmarkOf(router.currentRoute.value.fullPath)
    void report()

    progressStore.$onAction(({ name, args, after }) => {
      if (!REPORTED_ACTIONS.includes(name)) return
      // Something the learner did: from now on it is theirs to report, over what the LMS kept.
      if (forLaunchedLearner()) keepingLmsData = false
      // The answers and replies are reported as the hand-in is made, not once it is saved: a learner who
      // closes the window on the result page must not leave the LMS without them (the queue keeps order).
      if (name === 'recordAttempt') void reportAttempt(args[0] as QuizAttempt)
      else if (name === 'recordScenarioRun') void reportRun(args[0] as ScenarioRun)
      after(() => report())
    })
    // The launched learner switched to (a PIN given on 学员): their progress is reported from now on.
    watch(
      () => useProfileStore().activeId,
      async (id) => {
        if (id !== learnerId) return
        if (lockedNotice && presence.problem === lockedNotice) presence.problem = null
        const waiting = resumeWaiting
        resumeWaiting = null
        if (waiting) await restore(waiting)
        void report()
        await claimForLms()
      },
    )
    router.afterEach((to) => {
      bookmark = bookmarkOf(to.fullPath)
      void report()
    })
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void enqueue((lms) => lms.flush())
    })
    window.addEventListener('pagehide', () => void finish({ closing: true }))
  }

  /** The end of the session, once begun: a later call (退出课程 after a page hide) learns how it went. */
  let finishing: Promise<string | null> | null = null

  /**
   * Saves the last state and ends the session with the LMS (on page hide, or 退出课程). What the LMS
   * refused before is sent once more first, in order. Resolves to why not everything got through, or
   * null when it did: nothing is tried after this, so a refusal is not left saying 「稍后会再试」.
   */
  function finish(options: { closing?: boolean } = {}): Promise<string | null> {
    if (finishing) return finishing
    const lms = runtime
    if (!lms) return queue.then(() => null)
    if (retry) clearTimeout(retry)
    retry = null
    const again = failed
    failed = []
    for (const task of again) void enqueue(task)
    void report()
    // Nothing more is sent after this: the session with the LMS is closing.
    runtime = null
    finishing = queue.then(async () => {
      let problem = failed.length > 0 ? refusedBecause : null
      failed = []
      try {
        await lms.finish(options)
      } catch (error) {
        problem = reasonOf(error)
      }
      if (failedNotice && presence.problem === failedNotice) presence.problem = null
      failedNotice = null
      return problem
    })
    queue = finishing.then(() => undefined)
    return finishing
  }

  /**
   * 退出课程: the last state, then the end of the session; then to the LMS's returnURL when it gave one
   * and took it all. True when the window is on its way back to the LMS.
   */
  async function exit(): Promise<boolean> {
    const back = runtime?.returnUrl ?? null
    presence.exitRefused = await finish()
    presence.ended = true
    if (!back || presence.exitRefused) return false
    window.location.assign(back)
    return true
  }

  return { start, finish, report, exit }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLmsStore, import.meta.hot))
