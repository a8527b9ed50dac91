/**
 * Scrolls so everything from `first` to `last` (or one element, given twice) is on screen, clear of
 * the phone's top bar and tab bar (the page's scroll-padding); where it does not fit, `first`'s top.
 * A checked answer's feedback and the 下一题 button after it are seen together, and a long feedback
 * from its verdict; an on-page question with its buttons.
 */
export function revealFromTo(first: Element, last: Element): void {
  last.scrollIntoView({ block: 'nearest', behavior: 'instant' })
  const topInset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (first.getBoundingClientRect().top < topInset) first.scrollIntoView({ block: 'start', behavior: 'instant' })
}
