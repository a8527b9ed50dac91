import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chineseFamiliesOf, installedAmong } from '../../../scripts/bench/fonts.ts'

describe("the benchmark's Chinese font check", () => {
  it("reads the Chinese families of the course's own font stack, in order", () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8')
    const families = chineseFamiliesOf(tokens)
    expect(families).toContain('Noto Sans CJK SC')
    expect(families).toContain('Microsoft YaHei')
    expect(families).toContain('WenQuanYi Zen Hei')
    expect(families).not.toContain('system-ui')
    expect(families).not.toContain('sans-serif')
  })

  it('finds a family among fc-list lines that give a font several names', () => {
    const fcList = ['DejaVu Sans', 'Noto Sans CJK SC,Noto Sans CJK SC Regular', 'Liberation Mono'].join('\n')
    expect(installedAmong(['PingFang SC', 'Noto Sans CJK SC'], fcList)).toEqual(['Noto Sans CJK SC'])
  })

  it('finds none where only fonts without Chinese, or other Chinese fonts, are installed', () => {
    const fcList = ['DejaVu Sans', 'AR PL UMing CN', 'Noto Sans CJK JP'].join('\n')
    expect(installedAmong(['PingFang SC', 'Noto Sans CJK SC'], fcList)).toEqual([])
  })

  it('finds no families in a stylesheet without a font stack', () => {
    expect(chineseFamiliesOf(':root { --space-1: 4px; }')).toEqual([])
  })
})
