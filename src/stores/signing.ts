import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { decodeCertificate, encodeCertificate, signedText, type CertificateFields } from '../domain/signing/code'
import { certificateFields, type IssueForm, type TrainerIdentity } from '../domain/signing/issue'
import { backupFileName } from '../domain/signing/backup'
import { toBase64Url } from '../domain/signing/bytes'
import { localDate } from '../domain/time/calendar'
import { writeProblem } from '../platform/database'
import { now } from '../platform/clock'
import { SIGNED_CERTIFICATES_KEY, SIGNING_ROWS } from '../platform/storageKeys'
import { backupText, keyFingerprint, lockedCopy, newSigningKey, restoreBackup, signText } from '../platform/signingKey'
import { deviceList, savedPairs } from './deviceList'
import { useSavedDataStore } from './savedData'

/** The trainer's signing key on this device; the private key cannot be read out of the browser. */
export interface TrainerKey extends TrainerIdentity {
  privateKey: CryptoKey
  /** The raw public key, base64url. */
  publicKey: string
  fingerprint: string
  createdAt: string
}

/** A certificate this device signed: its code, read again through the decoder on every load. */
interface IssuedRow {
  number: string
  code: string
}

export interface IssuedCertificate extends CertificateFields {
  code: string
  /** The public key that signed it, base64url. */
  publicKey: string
}

/** One row for the key, one per issued certificate. */
const KEY_ROW = { owner: '', kind: SIGNING_ROWS.keyKind, key: SIGNING_ROWS.keyKey } as const
const ISSUED_KIND = SIGNING_ROWS.issuedKind

function checkIssued(text: string): IssuedRow[] {
  return savedPairs(text, 'number', 'code').flatMap(([number, code]) => {
    if (typeof number !== 'string' || typeof code !== 'string') return []
    const decoded = decodeCertificate(code)
    return decoded.kind === 'certificate' && decoded.certificate.fields.number === number ? [{ number, code }] : []
  })
}

function readKey(value: unknown): TrainerKey | null {
  const row = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const texts = ['publicKey', 'fingerprint', 'name', 'organisation', 'createdAt'].every(
    (field) => typeof row[field] === 'string',
  )
  return texts && row.privateKey instanceof CryptoKey ? (row as unknown as TrainerKey) : null
}

/** A key just created: its backup can be downloaded until the page is left. */
export interface NewBackup {
  text: string
  fileName: string
}

/** The trainer's signing key and the certificates signed on this device. */
export const useSigningStore = defineStore('signing', () => {
  const saved = useSavedDataStore()
  const key = shallowRef<TrainerKey | null>(null)
  const keyLoaded = ref(false)
  /** The backup of a key created in this visit of the page, to download again; null otherwise. */
  const newBackup = shallowRef<NewBackup | null>(null)
  /** True right after a key was restored from its backup. */
  const justRestored = ref(false)
  const list = deviceList<IssuedRow>(saved, {
    kind: ISSUED_KIND,
    keyOf: (row) => row.number,
    check: checkIssued,
    legacyKey: SIGNED_CERTIFICATES_KEY,
    name: '已签发的证书',
  })
  const issued = computed<IssuedCertificate[]>(() =>
    list.items.value.flatMap((row) => {
      const decoded = decodeCertificate(row.code)
      return decoded.kind === 'certificate'
        ? [{ ...decoded.certificate.fields, code: row.code, publicKey: decoded.certificate.publicKey }]
        : []
    }),
  )

  /** Reads the key and the issued list. */
  async function ready(): Promise<void> {
    const rows = await saved.database.rowsOfKind(KEY_ROW.owner, KEY_ROW.kind).catch(() => [])
    key.value = readKey(rows.find((row) => row.key === KEY_ROW.key)?.value)
    keyLoaded.value = true
    await list.ready()
  }

  async function keep(next: TrainerKey): Promise<string | null> {
    try {
      await saved.database.write({ put: [{ ...KEY_ROW, value: next }] })
      newBackup.value = null
      justRestored.value = false
      key.value = next
      return null
    } catch (error) {
      return `${writeProblem(error)}，签名密钥没有保存`
    }
  }

  /** Creates the key, keeps a locked copy, and returns its backup (or a problem in Chinese). */
  async function createKey(identity: TrainerIdentity, passphrase: string): Promise<NewBackup | string> {
    const pair = await newSigningKey()
    const fingerprint = await keyFingerprint(pair.publicKey)
    const clean = { name: identity.name.trim(), organisation: identity.organisation.trim() }
    const text = await backupText(pair.privateKey, pair.publicKey, clean, passphrase)
    const problem = await keep({
      ...clean,
      privateKey: await lockedCopy(pair.privateKey),
      publicKey: toBase64Url(pair.publicKey),
      fingerprint,
      createdAt: now().toISOString(),
    })
    if (problem) return problem
    newBackup.value = { text, fileName: backupFileName(fingerprint) }
    return newBackup.value
  }

  /** Restores a key from its backup file; resolves to a problem in Chinese, or null. */
  async function restoreKey(text: string, passphrase: string): Promise<string | null> {
    const restored = await restoreBackup(text, passphrase)
    if (!restored.ok) return restored.problem
    const { privateKey, publicKey, fingerprint, identity } = restored.value
    const problem = await keep({
      ...identity,
      privateKey,
      publicKey: toBase64Url(publicKey),
      fingerprint,
      createdAt: now().toISOString(),
    })
    justRestored.value = problem === null
    return problem
  }

  /** Signs a checked form with the key and keeps it in the list; the certificate, or a problem. */
  async function issue(form: IssueForm, validityMonths: number): Promise<IssuedCertificate | string> {
    const signer = key.value
    if (!signer) return '本设备还没有签名密钥'
    const fields = certificateFields(form, signer, localDate(now()), validityMonths)
    const signature = await signText(signer.privateKey, signedText(fields, signer.publicKey))
    const code = encodeCertificate({ fields, publicKey: signer.publicKey, signature })
    await list.ready()
    const rest = list.items.value.filter((row) => row.number !== fields.number)
    const problem = await list.save([{ number: fields.number, code }, ...rest])
    return problem ?? { ...fields, code, publicKey: signer.publicKey }
  }

  /** Forgets the notices of this visit (the page was left). */
  function leave(): void {
    newBackup.value = null
    justRestored.value = false
  }

  return {
    key,
    keyLoaded,
    newBackup,
    justRestored,
    leave,
    issued,
    saveError: list.saveError,
    ready,
    createKey,
    restoreKey,
    issue,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSigningStore, import.meta.hot))
