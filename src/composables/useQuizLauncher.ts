import { useRouter } from 'vue-router'
import { useQuizFromModule } from './useFromModule'
import { useProgressStore } from '../stores/progress'
import { newSession, type QuizSettings, type SessionQuestion } from '../domain/quiz/session'
import { newSeed } from '../platform/random'
import { now } from '../platform/clock'

export interface UseQuizLauncherReturn {
  /**
   * Starts a quiz: draws its questions from a fresh seed, saves the session
   * (with a deadline when there is a time limit) and opens it. `replace` opens it in place of
   * the page it was started from (a quiz that starts on arrival), so Back does not start it again.
   */
  launch: (
    settings: QuizSettings,
    draw: (seed: number) => SessionQuestion[],
    timeLimitMinutes?: number | null,
    options?: { replace?: boolean },
  ) => void
}

/** One way to start every kind of quiz: practice and tests, the exam, a trainer's assignment. */
export function useQuizLauncher(): UseQuizLauncherReturn {
  const router = useRouter()
  const fromModule = useQuizFromModule()
  const progressStore = useProgressStore()

  function launch(
    settings: QuizSettings,
    draw: (seed: number) => SessionQuestion[],
    timeLimitMinutes?: number | null,
    options: { replace?: boolean } = {},
  ): void {
    const seed = newSeed()
    progressStore.saveSession(newSession(settings, draw(seed), seed, now(), timeLimitMinutes))
    const to = { name: 'quiz-play', params: { quizId: settings.quizId }, query: fromModule.query.value }
    void (options.replace ? router.replace(to) : router.push(to))
  }

  return { launch }
}
