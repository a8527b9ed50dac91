import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/dom'
import { mountApp, savedBefore, textOf, waitFor } from './mountApp'

const measures = (rate: number | null, levelDb: number | null) => ({
  durationMs: 8000,
  heard: rate !== null,
  speakingMs: 6000,
  startMs: 500,
  endMs: 6500,
  pauseCount: 1,
  longestPauseMs: 400,
  pauseMs: 400,
  rate,
  articulationRate: rate,
  levelDb,
  steadinessDb: 3,
  clippedPercent: 0,
  pitchHz: 200,
  pitchRangeSemitones: 6,
  brightnessHz: 1500,
})
const take = (id: string, rate: number | null, levelDb: number | null) => ({
  owner: 'default',
  kind: 'voice-take',
  key: id,
  value: {
    id,
    scriptId: 'phrase-1',
    mode: 'practice',
    createdAt: '2026-11-20T08:00:00.000Z',
    size: 4000,
    measures: measures(rate, levelDb),
  },
})
const typing = (id: string, typed: number, correct: number) => ({
  owner: 'default',
  kind: 'typing',
  key: id,
  value: {
    id,
    at: '2026-11-20T08:00:00.000Z',
    passageId: 'phrases',
    minutes: 1,
    elapsedMs: 60_000,
    typed,
    correct,
    missed: 0,
  },
})
const spotting = (id: string, transcriptId: string, percent: number) => ({
  owner: 'default',
  kind: 'spotting',
  key: id,
  value: {
    id,
    transcriptId,
    at: '2026-11-20T08:00:00.000Z',
    points: percent / 25,
    max: 4,
    percent,
    found: 1,
    wrongRule: 0,
    missed: 0,
    wronglyMarked: 0,
  },
})

const figure = (id: string) => textOf(screen.getByTestId(`skill-${id}`))

describe('我的进度 shows the skill labs', () => {
  it('says where each lab starts when nothing has been done', async () => {
    await mountApp('/progress')
    await waitFor('the skills', () => screen.getByRole('heading', { name: '技能练习' }))
    await waitFor('the figures', () => expect(figure('typing')).toBe('还没有做过打字测试。'))
    expect(figure('voice')).toBe('还没有录音。录一句规范用语，看看自己的语速和音量。')
    expect(figure('spotting')).toBe('还没有做过找茬练习。')
    expect(screen.getByRole('link', { name: '打字测试' }).getAttribute('href')).toBe('/typing')
  })

  it('shows the best rate and level, the typing best against 60 字/分, and 找茬 bests', async () => {
    await savedBefore([
      take('t1', 190, -8),
      take('t2', 142, -18),
      take('t3', null, null),
      typing('y1', 70, 50),
      typing('y2', 58, 55),
      spotting('s1', 'quiet-line', 50),
      spotting('s2', 'quiet-line', 100),
      spotting('s3', 'other-call', 60),
    ])
    await mountApp('/progress')
    await waitFor('the figures', () =>
      expect(figure('typing')).toBe('最好成绩：净速度 55 字/分，离约 60 字/分还差 5 字。'),
    )
    // The level in words against its band (-10 to -30 dB), not in decibels.
    expect(figure('voice')).toBe(
      '最接近目标的语速 142 字/分（建议 120–150 字/分，课程补充建议）；音量合适。共 2 次有效录音。',
    )
    expect(figure('spotting')).toBe('做过 2 通电话，每通的最好成绩平均 80%。')
  })
})

describe('我的进度 → 语音练习, in words', () => {
  it('says a read-in-part take left the rate unmeasured, and a loud one 偏大, with no dash or decibels', async () => {
    // 500 字/分 is beyond anyone reading aloud: part of the script was left out, so no rate counts.
    await savedBefore([take('t1', 500, -5)])
    await mountApp('/progress')
    await waitFor('the voice figure', () =>
      expect(figure('voice')).toBe('语速还没有测出来（把一段稿子从头读到尾才能测）；音量偏大。共 1 次有效录音。'),
    )
  })
})
