// Test only. Provides the SCORM 1.2 or 2004 runtime (scorm-again) on this window, loads the unzipped
// package in an iframe and records every call. The query names the version (`version=12|2004`) and
// the package's launch page (`course=/pkg/scorm12/index.html`); the CMI data the LMS kept from an
// earlier session arrives as `window.__storedCmi` (set by the test before the page loads).
;(function () {
  const params = new URLSearchParams(location.search)
  const is2004 = params.get('version') === '2004'
  const settings = { lmsCommitUrl: false, logLevel: 5, autocommit: false }
  const api = is2004 ? new window.Scorm2004API(settings) : new window.Scorm12API(settings)
  const stored = window.__storedCmi || null
  const learner = window.__learner || { id: 'learner-001', name: is2004 ? 'Wang, Xiaoming' : '王, 小明' }

  // What an LMS does at launch: the learner, and the data of the last session when it was suspended.
  const start = stored ? JSON.parse(JSON.stringify(stored)) : {}
  if (is2004) {
    Object.assign(start, { learner_id: learner.id, learner_name: learner.name })
    start.entry = stored && stored.exit === 'suspend' ? 'resume' : 'ab-initio'
    delete start.exit
    delete start.session_time
    if (window.__scaledPassingScore) start.scaled_passing_score = window.__scaledPassingScore
  } else {
    start.core = Object.assign({}, start.core, { student_id: learner.id, student_name: learner.name })
    start.core.entry = stored && stored.core && stored.core.exit === 'suspend' ? 'resume' : 'ab-initio'
    delete start.core.exit
    delete start.core.session_time
    if (window.__masteryScore) start.student_data = { mastery_score: window.__masteryScore }
  }
  // An LMS that will not start a session (`window.__refuseInitialize`), with its general error.
  if (window.__refuseInitialize) {
    api[is2004 ? 'Initialize' : 'LMSInitialize'] = () => 'false'
    api[is2004 ? 'GetLastError' : 'LMSGetLastError'] = () => '101'
  }
  // Interactions are journaled by the LMS, not handed back to the SCO.
  delete start.interactions
  api.loadFromJSON(start)

  const calls = []
  let committed = null
  const methods = is2004
    ? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
    : [
        'LMSInitialize',
        'LMSFinish',
        'LMSGetValue',
        'LMSSetValue',
        'LMSCommit',
        'LMSGetLastError',
        'LMSGetErrorString',
        'LMSGetDiagnostic',
      ]
  // An LMS whose saving fails for a while (`harness.failCommits(true)`): its commits answer "false", error 101.
  let commitsFail = false
  for (const method of methods) {
    const original = api[method]
    api[method] = function (...args) {
      const failing = commitsFail && /Commit$/.test(method)
      const result = failing ? 'false' : /GetLastError$/.test(method) && commitsFail ? '101' : original.apply(api, args)
      calls.push({ method, args: args.map(String), result: String(result) })
      // What the LMS keeps: the data as it was at the last successful commit (or at the end).
      if ((/Commit$/.test(method) || method === 'Terminate' || method === 'LMSFinish') && String(result) === 'true') {
        committed = JSON.parse(JSON.stringify(api.renderCMIToJSONObject().cmi))
      }
      return result
    }
  }
  window[is2004 ? 'API_1484_11' : 'API'] = api

  const frame = document.createElement('iframe')
  frame.id = 'course'
  frame.title = '课程'
  // As some LMS players frame a package: scripts and its own storage, but no pop-ups (no allow-modals,
  // so the browser's confirm() answers "no" without asking).
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads')
  frame.src = params.get('course') || '/pkg/scorm12/index.html'
  document.body.append(frame)

  window.harness = {
    calls,
    committed: () => committed,
    cmi: () => JSON.parse(JSON.stringify(api.renderCMIToJSONObject().cmi)),
    /** The learner closes the course: the frame leaves it, as when the LMS's player page moves on. */
    close: () => {
      frame.src = 'about:blank'
    },
    failCommits: (on) => {
      commitsFail = on
    },
  }
})()
