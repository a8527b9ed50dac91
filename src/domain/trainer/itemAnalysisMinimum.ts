/**
 * Below this many learners answering a question, no figure is shown for it: one learner
 * more or less moves the facility by over 10 points, and the correlation's standard
 * error (about 1/√(n−1), 0.35 at n = 9) is as large as the differences a trainer would act on.
 * Its own module, so the assignment form can say it without the analysis's code.
 */
export const MIN_SUBMISSIONS = 10
