/**
 * Every name the course saves under, in one place: a newcomer sees at a glance
 * what the app keeps in the browser.
 */
const PREFIX = 'kefu-course'
/** What every localStorage key of the course begins with, of this version or an earlier one. */
export const COURSE_KEY_PREFIX = `${PREFIX}.`

// Where earlier versions kept everything, in localStorage: read once, moved into the
// database below, and removed once the move is checked (src/domain/progress/legacy.ts
// knows the learner keys: `kefu-course.profiles`, `kefu-course.progress[.<id>][.backup]`).

/** The trainer's roster of collected results. */
export const ROSTER_KEY = `${PREFIX}.roster`
/** Questions a trainer imported from a GIFT file: where earlier versions kept them, and their rows (owner ''). */
export const LOCAL_BANK_KEY = `${PREFIX}.localBank`
export const LOCAL_BANK_ROWS = 'bankQuestion'
/** Assignment links this device has opened. */
export const OPENED_ASSIGNMENTS_KEY = `${PREFIX}.assignments`
/** Certificates this device signed (no earlier version kept them here: the name the device list reads once). */
export const SIGNED_CERTIFICATES_KEY = `${PREFIX}.signedCertificates`
/** The trainer's signing key and each certificate it signed: rows of the whole device (owner ''). */
export const SIGNING_ROWS = { keyKind: 'signingKey', keyKey: 'trainer', issuedKind: 'signedCertificate' } as const
/** Text size and other display settings. */
export const SETTINGS_KEY = `${PREFIX}.settings`

/** The IndexedDB database that holds everything since saved data moved out of localStorage. */
export const DATABASE_NAME = 'kefu-course'
export const DATABASE_VERSION = 1
/** Its object stores: every saved row, the learners, set-aside backups, and small device settings. */
export const STORES = { rows: 'rows', profiles: 'profiles', backups: 'backups', meta: 'meta' } as const
/** Keys in the meta store. */
export const META = {
  activeProfile: 'activeProfile',
  migratedFromLocalStorage: 'migratedFromLocalStorage',
  /** Wrong PINs in a row per learner, and when the last was tried (src/domain/progress/pinTries.ts). */
  pinTries: 'pinTries',
} as const
/** 语音练习's recordings (audio Blobs), in their own database: never uploaded; one store keyed by id. */
export const RECORDINGS_DATABASE_NAME = 'kefu-course-recordings'
export const RECORDINGS_DATABASE_VERSION = 1
/** The channel on which tabs tell each other what they saved. */
export const CHANGES_CHANNEL = 'kefu-course.changes'
/** How many generations of set-aside data are kept. */
export const BACKUP_GENERATIONS = 10

/**
 * Per tab (sessionStorage): set while a reload made for a page whose code could not be fetched is
 * not yet followed by a page that opened, so a page that still fails shows 重试 instead of looping.
 */
export const FAILED_PAGE_RELOAD_KEY = `${PREFIX}.failedPageReload`

/**
 * Set in localStorage as a first visit first opens the database: the browser's list of databases
 * can lag a moment behind a new one, and a reload in that moment must still read it (savedDataProbe.ts).
 */
export const DATABASE_OPENED_KEY = `${PREFIX}.databaseOpened`

/** localStorage keys of saved-row batches not yet confirmed by IndexedDB (writeJournal.ts). */
export const PENDING_WRITE_PREFIX = `${PREFIX}.pending.`

/**
 * Inside a cmi5 LMS: xAPI statements waiting to reach the learning record store (its own small
 * database, so the course's saved data never waits on it), and per tab the cmi5 session a reload
 * carries on with instead of fetching a second auth token.
 */
export const LMS_QUEUE_DATABASE_NAME = `${PREFIX}.lms-statements`
export const LMS_QUEUE_STORES = { pending: 'pending', rejected: 'rejected' } as const
export const CMI5_SESSION_KEY = `${PREFIX}.cmi5Session`
/** The course's own State document in a cmi5 LRS (under the registration): resume text, bookmark, what was reported. */
export const CMI5_STATE_ID = 'kefu-course.progress'
