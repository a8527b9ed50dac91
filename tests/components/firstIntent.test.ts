import { describe, expect, it, vi } from 'vitest'
import { onFirstIntent } from '../../src/platform/firstIntent'

describe('onFirstIntent', () => {
  it('runs once, at the first tap or key press, before the page’s own handler', () => {
    const order: string[] = []
    const callback = vi.fn(() => order.push('fetch'))
    const button = document.createElement('button')
    button.addEventListener('pointerdown', () => order.push('button'))
    document.body.append(button)
    onFirstIntent(callback)
    document.body.dispatchEvent(new Event('focusin', { bubbles: true }))
    expect(callback).not.toHaveBeenCalled()

    button.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(callback).toHaveBeenCalledTimes(1)
    expect(order).toEqual(['fetch', 'button', 'button'])
    button.remove()
  })

  it('runs at a key press where there is no tap', () => {
    const callback = vi.fn()
    onFirstIntent(callback)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(callback).toHaveBeenCalledTimes(1)
  })
})
