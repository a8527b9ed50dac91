import { describe, expect, it } from 'vitest'
import { encode } from 'uqr'
import jsQR from 'jsqr'
import { encodeCertificate, type CertificateFields } from '../../../../src/domain/signing/code'

const fields: CertificateFields = {
  number: 'KFZ-20261201-8K2QZP',
  name: '欧阳王芳',
  staffId: 'A-1024',
  score: 92,
  passedOn: '2026-11-23',
  issuedOn: '2026-12-01',
  validUntil: '2028-11-23',
  trainer: '李老师',
  organisation: '华东地区客户服务中心培训部',
}

/** The QR matrix as the printed certificate draws it, as an RGBA image at `scale` pixels a module. */
function picture(text: string, scale = 4) {
  const medium = encode(text, { ecc: 'M', border: 2 })
  const matrix = medium.version <= 10 ? medium : encode(text, { ecc: 'L', border: 2 })
  const size = matrix.size * scale
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const value = matrix.data[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255
      data.set([value, value, value, 255], (y * size + x) * 4)
    }
  return { data, size, version: matrix.version }
}

describe('the certificate QR code', () => {
  it('reads back through the camera decoder exactly, Chinese text and all', () => {
    const code = encodeCertificate({ fields, publicKey: `B${'x'.repeat(86)}`, signature: 'y'.repeat(86) })
    const image = picture(code)
    expect(image.version).toBeLessThanOrEqual(20)
    expect(jsQR(image.data, image.size, image.size)?.data).toBe(code)
  })
})
