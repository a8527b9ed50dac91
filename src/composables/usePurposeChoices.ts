/** The answers to 你来这里是为了, worded for a ChoiceFieldset: the welcome asks, the 学员 page corrects. */
import { computed, type ComputedRef } from 'vue'
import { useMessages } from '../i18n'
import { PURPOSES, type Purpose } from '../domain/progress/profiles'
import '../i18n/zh-CN/welcome'

export function usePurposeChoices(): ComputedRef<{ value: Purpose; label: string }[]> {
  const { t } = useMessages()
  return computed(() => PURPOSES.map((value) => ({ value, label: t(`welcome.purposes.${value}`) })))
}
