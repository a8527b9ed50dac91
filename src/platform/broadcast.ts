/**
 * Tabs of the course tell each other what they saved, so every tab shows the
 * same progress without reading everything again. Where BroadcastChannel is
 * missing, each tab simply shows what it read at start and saved itself.
 */
import { CHANGES_CHANNEL } from './storageKeys'

export interface ChangeChannel<T> {
  post: (message: T) => void
  close: () => void
}

export function openChangeChannel<T>(onMessage: (message: T) => void): ChangeChannel<T> {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} }
  const channel = new BroadcastChannel(CHANGES_CHANNEL)
  channel.onmessage = (event: MessageEvent<T>) => onMessage(event.data)
  return {
    post: (message) => {
      try {
        channel.postMessage(message)
      } catch {
        // A closed channel (the page is going away): the other tabs read the rows at their next start.
      }
    },
    close: () => channel.close(),
  }
}
