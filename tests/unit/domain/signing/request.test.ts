import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeRequest, encodeRequest, type CertificateRequest } from '../../../../src/domain/signing/code'

const request: CertificateRequest = {
  name: '王芳',
  staffId: 'A-1024',
  profileId: 'p-1',
  score: 92,
  passedOn: '2026-11-23',
}

describe('encodeRequest / decodeRequest', () => {
  it('round-trips a request, version-stamped', () => {
    const code = encodeRequest(request)
    expect(code).toBe('KFSQ1|王芳|A-1024|p-1|92|2026-11-23')
    expect(decodeRequest(`  ${code}\n`)).toEqual({ ok: true, request })
  })

  it.each([
    ['hello', '这不是学员的申请代码'],
    // An empty field asks for the code; a label copied with it is named.
    ['  \n', '请先粘贴学员发来的申请代码'],
    ['申请代码：KFSQ1|王芳|A-1024|p-1|92|2026-11-23', '代码前面多了文字'],
    ['KFSQ2|王芳||p|92|2026-11-23', '另一版本'],
    ['KFSQ1|王芳||p|92', '不完整'],
    ['KFSQ1|||p|92|2026-11-23', '姓名'],
    ['KFSQ1|王芳|工号|p|92|2026-11-23', '工号'],
    ['KFSQ1|王芳||P 1|92|2026-11-23', '学员编号'],
    ['KFSQ1|王芳||p|9.5|2026-11-23', '成绩'],
    ['KFSQ1|王芳||p|92|2026-13-01', '日期'],
  ])('refuses %j: %s', (code, problem) => {
    const decoded = decodeRequest(code)
    expect(decoded.ok).toBe(false)
    expect(!decoded.ok && decoded.problem).toContain(problem)
  })

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `KFSQ1|${text}`),
        ),
        (text) => {
          const decoded = decodeRequest(text)
          if (!decoded.ok) expect(decoded.problem).toMatch(/[\u4e00-\u9fff]/)
        },
      ),
    )
  })
})
