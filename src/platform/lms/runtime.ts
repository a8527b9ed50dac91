/**
 * What the course asks of the learning system that launched it (a SCORM 1.2 or 2004 LMS, or a cmi5
 * LMS with its learning record store). One implementation per standard; the app talks only to this
 * interface, and only when an LMS launched it (see detect.ts), so none of this code is loaded
 * outside an LMS.
 */

import type { QuizInteraction } from '../../domain/lms/interactions'
import type { ScenarioReply } from '../../domain/lms/cmi5Report'

export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5'

/** What the LMS tells the course when it starts. Everything here was validated by the runtime. */
export interface LmsLaunch {
  /** The learner as the LMS names them; null when it does not say. */
  learner: { id: string; name: string } | null
  /** What the course saved last time (SCORM `suspend_data`, cmi5 State): null on a first launch. */
  resume: string | null
  /** The page the learner was on (a route path such as `/modules/m1/lessons/l2`); null when none. */
  bookmark: string | null
  /** The mastery score the LMS sets (0–1), which wins over the course's own setting; null when unset. */
  masteryScore: number | null
  /** cmi5 `moveOn` or SCORM's own rule is kept by the LMS; `browse`/`review` launches report nothing. */
  mode: 'normal' | 'browse' | 'review'
}

/** Completion and success, reported separately (SCORM 2004, cmi5) or folded into `lesson_status` (1.2). */
export interface LmsStatus {
  completed: boolean
  /** null until the exam has been taken. */
  passed: boolean | null
  /** The exam's best or latest score, as the content setting says; null until taken. */
  score: { raw: number; min: number; max: number; scaled: number } | null
}

/** One answered question, in the shape SCORM interactions and xAPI `answered` statements share. */
export type LmsInteraction = QuizInteraction

/** A finished quiz or the exam, ready to report. */
export interface LmsQuizReport {
  quizId: string
  title: string
  isExam: boolean
  passed: boolean
  /** 0–1. */
  scaled: number
  interactions: LmsInteraction[]
}

/** One reply chosen or typed in a role-play (reported as an xAPI statement in cmi5; SCORM ignores it). */
export type LmsScenarioChoice = ScenarioReply

export interface LmsRuntime {
  readonly kind: LmsKind
  /** Connects (SCORM Initialize / cmi5 fetch + State + Agent Profile + `initialized`). Once. */
  start(): Promise<LmsLaunch>
  /** Keeps what the course needs to resume and where the learner is; commits. */
  saveResume(resume: string, bookmark: string): Promise<void>
  /** Reports completion, success and score as they change (cmi5: `completed`/`passed`/`failed` once each). */
  setStatus(status: LmsStatus): Promise<void>
  /** SCORM: the exam's interactions; cmi5: an `answered` statement per question of any quiz. */
  reportQuiz(report: LmsQuizReport): Promise<void>
  /** cmi5: one statement per choice; SCORM: nothing. */
  reportScenario(choices: LmsScenarioChoice[]): Promise<void>
  /** Commits what is pending (called on page hide). */
  flush(): Promise<void>
  /**
   * Session time, commit, Terminate / `terminated`. Once; later calls do nothing. `closing`: the page is
   * going away, so ending the session cannot wait on the network (cmi5 keeps the last state first otherwise).
   */
  finish(options?: { closing?: boolean }): Promise<void>
  /**
   * Where the LMS wants the window sent once the learner has left the course (cmi5 §10.2.6
   * `returnURL`, http(s) only); null when it gives none, before start, and always in SCORM.
   */
  readonly returnUrl: string | null
}

/** A launch the course cannot work with; `message` is plain Chinese for the learner. */
export class LmsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LmsError'
  }
}
