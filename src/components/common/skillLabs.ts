import type { MessageKey } from '../../i18n'
import '../../i18n/zh-CN/skillLabs'

/** The skill labs, by route name. */
export type SkillLab = 'voice-lab' | 'typing-test' | 'spotting'

/** What each lab is called wherever the course links to it (the 练习 cards, 我的进度, the suggestions). */
export const SKILL_LAB_TITLES: Readonly<Record<SkillLab, MessageKey>> = {
  'voice-lab': 'skillLabs.voiceLab',
  'typing-test': 'skillLabs.typing',
  spotting: 'skillLabs.spotting',
}
