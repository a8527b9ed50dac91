import { defineComponent, nextTick, onBeforeUnmount, onMounted, shallowRef, type App, type ShallowRef } from 'vue'
import { afterNextPaint, nextTask } from '../platform/afterPaint'

/** Parts waiting for their page's first paint, and what waits for them all to be shown. */
let waiting = 0
let whenShown: Array<() => void> = []
/** While the course's first page is built off the document (`mountWhenWhole`), what resolves once it is in place. */
let firstPage: { inPlace: Promise<void>; put: () => void } | null = null

function partSettled(): void {
  waiting -= 1
  if (waiting > 0) return
  const callbacks = whenShown
  whenShown = []
  for (const callback of callbacks) callback()
}

/**
 * For the parts of a long page below its first screen (a lesson's later sections, 我的进度's tables,
 * home's cards below the welcome): false until the page around them has painted, then true, each part
 * in a task of its own. The tap that opened the page then paints its first screen without waiting
 * for the DOM of the rest, and no single task holds the page for all of it (at the start of the
 * course, the parts render before the page is put in place: `mountWhenWhole`). Nothing on the first
 * screen moves: the parts come below it, and the page is at least a window tall
 * (App.vue), so nothing after it is in sight.
 */
export function useRenderAfterPaint(): ShallowRef<boolean> {
  return usePart(afterNextPaint)
}

/** A part that shows once `schedule` calls back, and that the page's jumps (and the start) wait for. */
function usePart(schedule: (show: () => void) => void): ShallowRef<boolean> {
  const shown = shallowRef(false)
  let settled = false
  const settle = () => {
    if (settled) return
    settled = true
    partSettled()
  }
  waiting += 1
  onMounted(() =>
    schedule(() => {
      if (settled) return
      shown.value = true
      void nextTick(settle)
    }),
  )
  // A page left before its parts were shown does not hold up the next one's jumps.
  onBeforeUnmount(settle)
  return shown
}

/** A render-function component showing its slot once `useShown` says so. */
function partComponent(name: string, useShown: () => ShallowRef<boolean>) {
  return defineComponent({
    name,
    setup(_props, { slots }) {
      const shown = useShown()
      return () => (shown.value ? slots.default?.() : null)
    },
  })
}

/**
 * Wraps a part below the first screen of a long page: its content is rendered once the page around
 * it has painted. A render function here rather than a .vue file: the router already loads this
 * module for `whenPageShown`, so the pages that use it download nothing more.
 */
export const RenderAfterPaint = partComponent('RenderAfterPaint', useRenderAfterPaint)

/**
 * Wraps a part of the app's frame (the header) or of a page's first screen: at the start of the
 * course it renders in a task after the first page's own, off the document, so no one task holds a
 * slow phone for all of them; the page is put in place once it is in. It needs no paint, and no
 * frame: unlike the parts below the first screen it shows in a tab opened in the background too,
 * and while a test holds the page's clock. Any later time (a page opened by a tap) it renders with
 * the rest at once, so nothing on the first screen comes a frame late.
 */
export const RenderInNextTask = partComponent('RenderInNextTask', () =>
  firstPage ? usePart((show) => void nextTask().then(show)) : shallowRef(true),
)

function whenPartsShown(): Promise<void> | null {
  return waiting === 0 ? null : new Promise((resolve) => whenShown.push(resolve))
}

/**
 * Resolves once every part waiting for its page's paint is shown (and, at the start, once the first
 * page is in the document): a jump to a place lower down (a saved position, a heading) waits for it.
 * Null when nothing waits, so the jump can be at once.
 */
export function whenPageShown(): Promise<void> | null {
  return firstPage?.inPlace ?? whenPartsShown()
}

/**
 * From now until `mountWhenWhole` has put the first page in the document, jumps wait for it: called
 * before the router's first navigation, whose jump (a reload's position, a link's #heading) would
 * otherwise look for a page that is not there yet.
 */
export function holdJumpsForFirstPage(): void {
  let put = () => {}
  const inPlace = new Promise<void>((resolve) => (put = resolve))
  firstPage = { inPlace, put }
}

/**
 * Mounts the course off the document and puts it in place of `container` (the static shell) once its
 * first page is whole, parts below the first screen included. The parts render in tasks of their
 * own while the shell stays on screen, and the browser lays the page out once: mounted in place, the
 * first page would either hold the start in one long task or be laid out again for every part.
 * Resolves once the page is in place.
 */
export function mountWhenWhole(app: App, container: Element): Promise<void> {
  const page = document.createElement(container.tagName)
  app.mount(page)
  const putInPlace = () => {
    page.id = container.id
    container.replaceWith(page)
    const held = firstPage
    firstPage = null
    held?.put()
  }
  const parts = whenPartsShown()
  if (parts) return parts.then(putInPlace)
  putInPlace()
  return Promise.resolve()
}
