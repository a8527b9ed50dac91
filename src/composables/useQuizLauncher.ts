import { useRouter } from 'vue-router'
import { useProgressStore } from '../stores/progress'
import { startSession, type QuizSettings, type SessionQuestion } from '../domain/quiz/session'
import { examDeadline } from '../domain/exam/exam'
import { newSeed } from '../platform/random'
import { now as clockNow } from '../platform/clock'

export interface UseQuizLauncherReturn {
  /**
   * Starts a quiz: draws its questions from a fresh seed, saves the session
   * (with a deadline when there is a time limit) and opens it.
   */
  launch: (settings: QuizSettings, draw: (seed: number) => SessionQuestion[], timeLimitMinutes?: number | null) => void
}

/** One way to start every kind of quiz: practice and tests, the exam, a trainer's assignment. */
export function useQuizLauncher(): UseQuizLauncherReturn {
  const router = useRouter()
  const progressStore = useProgressStore()

  function launch(
    settings: QuizSettings,
    draw: (seed: number) => SessionQuestion[],
    timeLimitMinutes?: number | null,
  ): void {
    const seed = newSeed()
    const now = clockNow()
    const id = `${settings.quizId}-${now.getTime().toString(36)}-${seed.toString(36)}`
    const started = startSession(settings, draw(seed), seed, now, id)
    progressStore.saveSession(
      timeLimitMinutes ? { ...started, deadline: examDeadline(now, timeLimitMinutes) } : started,
    )
    void router.push({ name: 'quiz-play', params: { quizId: settings.quizId } })
  }

  return { launch }
}
