/**
 * The course as a SCORM 1.2 or SCORM 2004 (4th edition) SCO, behind `LmsRuntime`. Loaded only when
 * detect.ts found the LMS's API object. Everything the LMS returns is checked like hostile input;
 * a call the LMS refuses becomes an `LmsError` with a Chinese message naming its error code.
 *
 * The two versions differ in names, formats and limits; `VERSIONS` keeps each in one place:
 * - 1.2: `cmi.core.lesson_status` folds completion and success together; `student_response` and
 *   correct-response patterns are CMIFeedback (≤ 255 characters); latency is `HHHH:MM:SS.SS`.
 * - 2004: `completion_status` and `success_status` apart; `score.scaled`; `learner_response` with
 *   `[,]` between choices; `description`; ISO 8601 durations and timestamps.
 */
import { monotonicNow } from '../monotonic'
import {
  LmsError,
  type LmsInteraction,
  type LmsKind,
  type LmsLaunch,
  type LmsQuizReport,
  type LmsRuntime,
  type LmsStatus,
} from './runtime'

type ScormKind = Exclude<LmsKind, 'cmi5'>
type Api = Record<string, unknown>

interface Version {
  initialize: string
  terminate: string
  getValue: string
  setValue: string
  commit: string
  getLastError: string
  /** The error an LMS gives when the SCO was already initialised (a reload): not a failure. 1.2 has none of its own. */
  alreadyInitialized: string | null
  el: {
    learnerId: string
    learnerName: string
    entry: string
    suspendData: string
    location: string
    mode: string
    exit: string
    sessionTime: string
    scoreRaw: string
    scoreMin: string
    scoreMax: string
    interactionCount: string
  }
  locationLimit: number
  suspendLimit: number
  responseLimit: number
  sessionTime: (seconds: number) => string
  readMastery: (get: (element: string) => string) => number | null
  writeStatus: (set: (element: string, value: string) => void, status: LmsStatus) => void
  writeInteraction: (set: (element: string, value: string) => void, n: number, item: LmsInteraction) => void
}

const pad = (value: number, width = 2) => String(Math.floor(value)).padStart(width, '0')

/** An interaction id both versions accept: ASCII letters, digits and `-_.:`, no spaces. */
function scormId(id: string, limit: number): string {
  return id.replace(/[^\w.:-]/g, '_').slice(0, limit) || 'q'
}

/** Choice responses: 1.2 takes single characters a–z/0–9 separated by commas. */
function choices12(values: readonly string[]): string {
  return values
    .map((value) =>
      value
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 1),
    )
    .filter(Boolean)
    .join(',')
    .slice(0, 255)
}

const SCORM12: Version = {
  initialize: 'LMSInitialize',
  terminate: 'LMSFinish',
  getValue: 'LMSGetValue',
  setValue: 'LMSSetValue',
  commit: 'LMSCommit',
  getLastError: 'LMSGetLastError',
  alreadyInitialized: null,
  el: {
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    mode: 'cmi.core.lesson_mode',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactionCount: 'cmi.interactions._count',
  },
  locationLimit: 255,
  suspendLimit: 4096,
  responseLimit: 255,
  sessionTime: (seconds) =>
    `${pad(Math.min(9999, seconds / 3600), 4)}:${pad((seconds / 60) % 60)}:${pad(seconds % 60)}`,
  readMastery(get) {
    const value = readNumber(get('cmi.student_data.mastery_score'), 0, 100)
    return value === null ? null : value / 100
  },
  writeStatus(set, status) {
    // One value for completion and success: done by the trainer's rule comes first, so a course whose
    // completion is the lessons reads completed with a failed exam, and failed only while it is not done.
    const lessonStatus = status.completed
      ? status.passed === true
        ? 'passed'
        : 'completed'
      : status.passed === false
        ? 'failed'
        : 'incomplete'
    set('cmi.core.lesson_status', lessonStatus)
  },
  writeInteraction(set, n, item) {
    const at = new Date(item.at)
    const base = `cmi.interactions.${n}`
    set(`${base}.id`, scormId(item.id, 255))
    set(`${base}.type`, item.type)
    set(`${base}.time`, `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`)
    const format = (values: readonly string[]) =>
      item.type === 'true-false' ? (values[0] === 'true' ? 't' : values[0] === 'false' ? 'f' : '') : choices12(values)
    set(`${base}.correct_responses.0.pattern`, format(item.correctResponse))
    set(`${base}.student_response`, format(item.learnerResponse))
    set(`${base}.result`, item.correct ? 'correct' : 'wrong')
    if (item.latencySeconds !== null) set(`${base}.latency`, SCORM12.sessionTime(item.latencySeconds))
  },
}

/** ISO 8601 duration, e.g. `PT1H2M3S`. */
const duration = (seconds: number) =>
  `PT${Math.floor(seconds / 3600)}H${Math.floor((seconds / 60) % 60)}M${Math.floor(seconds % 60)}S`

const SCORM2004: Version = {
  initialize: 'Initialize',
  terminate: 'Terminate',
  getValue: 'GetValue',
  setValue: 'SetValue',
  commit: 'Commit',
  getLastError: 'GetLastError',
  alreadyInitialized: '103',
  el: {
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    mode: 'cmi.mode',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactionCount: 'cmi.interactions._count',
  },
  locationLimit: 1000,
  suspendLimit: 64000,
  responseLimit: 4000,
  sessionTime: duration,
  readMastery(get) {
    const value = readNumber(get('cmi.scaled_passing_score'), -1, 1)
    return value === null ? null : Math.max(0, value)
  },
  writeStatus(set, status) {
    set('cmi.completion_status', status.completed ? 'completed' : 'incomplete')
    set('cmi.success_status', status.passed === null ? 'unknown' : status.passed ? 'passed' : 'failed')
    if (status.score) set('cmi.score.scaled', String(status.score.scaled))
  },
  writeInteraction(set, n, item) {
    const base = `cmi.interactions.${n}`
    set(`${base}.id`, scormId(item.id, 4000))
    set(`${base}.type`, item.type)
    // In UTC, said so: without its zone a timestamp reads as the LMS's local time (8 hours early in China).
    // SCORM 2004 allows the zone only after a fraction of a second.
    set(`${base}.timestamp`, `${new Date(item.at).toISOString().slice(0, 22)}Z`)
    set(`${base}.description`, `{lang=zh-CN}${item.description.slice(0, 250)}`)
    const format = (values: readonly string[]) =>
      item.type === 'true-false'
        ? values[0] === 'true' || values[0] === 'false'
          ? values[0]
          : ''
        : values.map((value) => scormId(value, 250)).join('[,]')
    set(`${base}.correct_responses.0.pattern`, format(item.correctResponse))
    if (item.learnerResponse.length > 0) set(`${base}.learner_response`, format(item.learnerResponse))
    set(`${base}.result`, item.correct ? 'correct' : 'incorrect')
    if (item.latencySeconds !== null) set(`${base}.latency`, duration(item.latencySeconds))
  },
}

/** A number from the LMS within [min, max], or null for an empty or bad value. */
function readNumber(text: string, min: number, max: number): number | null {
  if (!/^-?\d{1,6}(\.\d{1,7})?$/.test(text)) return null
  const value = Number(text)
  return value >= min && value <= max ? value : null
}

/** Text from the LMS, made safe to show and keep: no control characters, at most `limit` characters. */
function cleanText(text: string, limit: number): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, limit)
}

/** SCORM 1.2 names people "Last, First"; the course shows 「First Last」, or 「姓名」 for Chinese names. */
export function learnerDisplayName(raw: string): string {
  const name = cleanText(raw, 100)
  const parts = name.split(',').map((part) => part.trim())
  if (parts.length !== 2 || !parts[0] || !parts[1]) return name.slice(0, 40)
  const [last, first] = parts as [string, string]
  const han = /[\u3400-\u9fff]/
  return (han.test(last) && han.test(first) ? `${last}${first}` : `${first} ${last}`).slice(0, 40)
}

/** A bookmark the router may go to: a route path of ASCII letters, digits and `-_/:.`. */
function readBookmark(text: string): string | null {
  return /^\/[\w\-/:.]{0,300}$/.test(text) && !text.includes('..') ? text : null
}

const ERRORS: Record<string, string> = {
  '101': '学习平台出现一般错误',
  '102': '学习平台初始化失败',
  '103': '课程已经连接过学习平台',
  '104': '课程已结束与学习平台的连接',
  '111': '学习平台无法结束本次学习',
  '112': '课程还没连接就要结束',
  '113': '课程已经结束过',
  '122': '课程还没连接学习平台就要读取',
  '123': '课程结束后还要读取',
  '132': '课程还没连接学习平台就要记录',
  '133': '课程结束后还要记录',
  '142': '课程还没连接学习平台就要提交',
  '143': '课程结束后还要提交',
  '201': '学习平台说参数不对',
  '301': '学习平台说课程还没连接',
  '351': '学习平台没能记下数据',
  '391': '学习平台没能保存记录',
  '401': '学习平台不支持这项数据',
  '402': '学习平台不支持这项数据',
  '403': '这项数据是只读的',
  '404': '这项数据是只读的',
  '405': '这项数据格式不对',
  '406': '这项数据格式不对',
  '407': '这项数据超出范围',
  '408': '这项数据缺少前提',
}

/**
 * `LmsRuntime` over a SCORM API object found by detect.ts.
 *
 * @example
 * const runtime = createScormRuntime('scorm12', window.parent.API)
 * const launch = await runtime.start()
 */
export function createScormRuntime(kind: ScormKind, apiObject: object): LmsRuntime {
  const version = kind === 'scorm12' ? SCORM12 : SCORM2004
  const api = apiObject as Api
  const startedAt = monotonicNow()
  let state: 'new' | 'started' | 'finished' = 'new'
  let mode: LmsLaunch['mode'] = 'normal'
  let dirty = false
  const written = new Map<string, string>()

  function call(method: string, ...args: string[]): string {
    const fn = api[method]
    if (typeof fn !== 'function') throw new LmsError(`学习平台的接口不完整（缺少 ${method}），无法记录学习进度。`)
    try {
      return String(fn.apply(api, args) ?? '')
    } catch {
      throw new LmsError('学习平台的接口出错了，无法记录学习进度。')
    }
  }

  function lastError(): string {
    const code = call(version.getLastError).trim()
    return /^\d{1,4}$/.test(code) ? code : '101'
  }

  function refused(what: string, code: string): LmsError {
    return new LmsError(`${what}：${ERRORS[code] ?? '学习平台出现错误'}（错误代码 ${code}）。`)
  }

  /** A value, or '' when the LMS does not keep it (an error the course can live with). */
  function get(element: string): string {
    const value = call(version.getValue, element)
    return lastError() === '0' ? value.slice(0, 64_000) : ''
  }

  function set(element: string, value: string): void {
    if (written.get(element) === value) return
    if (call(version.setValue, element, value) !== 'true') throw refused('学习平台没能记下学习进度', lastError())
    written.set(element, value)
    dirty = true
  }

  function commit(): void {
    if (state !== 'started' || !dirty) return
    if (call(version.commit, '') !== 'true') throw refused('学习平台没能保存学习进度', lastError())
    dirty = false
  }

  const reporting = () => state === 'started' && mode === 'normal'

  return {
    kind,
    // A SCORM LMS keeps its own way back (its player's exit); the course only finishes.
    returnUrl: null,
    async start() {
      if (state !== 'new') throw new LmsError('课程已经连接过学习平台。')
      if (call(version.initialize, '') !== 'true') {
        const code = lastError()
        if (code !== version.alreadyInitialized) throw refused('学习平台没有开始这次学习', code)
      }
      state = 'started'
      const rawMode = get(version.el.mode)
      mode = rawMode === 'browse' || rawMode === 'review' ? rawMode : 'normal'
      const name = learnerDisplayName(get(version.el.learnerName))
      const id = cleanText(get(version.el.learnerId), 255)
      const suspend = get(version.el.suspendData)
      const location = cleanText(get(version.el.location), version.locationLimit)
      if (mode === 'normal') {
        // Until the course says otherwise, a learner who leaves comes back to where they were.
        set(version.el.exit, 'suspend')
        commit()
      }
      return {
        learner: name ? { id: id || name, name } : null,
        // Whatever the LMS kept, for the course to read or refuse: text it cannot read is still not overwritten.
        resume: suspend ? suspend.slice(0, 64_001) : null,
        bookmark: readBookmark(location),
        masteryScore: version.readMastery(get),
        mode,
      }
    },
    async saveResume(resume, bookmark) {
      if (!reporting()) return
      if (resume.length > version.suspendLimit) throw new LmsError('要保存的学习进度超出了学习平台的长度限制。')
      set(version.el.suspendData, resume)
      const place = readBookmark(bookmark)
      if (place && place.length <= version.locationLimit) set(version.el.location, place)
      commit()
    },
    async setStatus(status) {
      if (!reporting()) return
      version.writeStatus(set, status)
      if (status.score) {
        set(version.el.scoreMin, String(status.score.min))
        set(version.el.scoreMax, String(status.score.max))
        set(version.el.scoreRaw, String(status.score.raw))
      }
      commit()
    },
    async reportQuiz(report: LmsQuizReport) {
      // SCORM keeps one activity's interactions: the exam's, which the gradebook reports on.
      if (!reporting() || !report.isExam) return
      const count = readNumber(get(version.el.interactionCount), 0, 100_000) ?? 0
      report.interactions.forEach((item, index) => version.writeInteraction(set, count + index, item))
      commit()
    },
    async reportScenario() {
      // SCORM has no place for role-play choices; cmi5 sends them as statements.
    },
    async flush() {
      commit()
    },
    async finish() {
      if (state !== 'started') return
      let problem: LmsError | null = null
      try {
        if (mode === 'normal') {
          set(version.el.sessionTime, version.sessionTime(Math.max(0, (monotonicNow() - startedAt) / 1000)))
          commit()
        }
      } catch (error) {
        problem = error instanceof LmsError ? error : new LmsError('结束学习时学习平台出错。')
      }
      // Terminate once, whatever happened before: the LMS closes the session either way.
      state = 'finished'
      if (call(version.terminate, '') !== 'true' && lastError() !== '0')
        problem ??= refused('结束学习时学习平台出错', lastError())
      if (problem) throw problem
    },
  }
}
