/**
 * Reading a QR code through the camera: the video stream, and each frame handed to jsQR (loaded
 * with this module, which is itself loaded only when the verifier asks for the camera).
 */
import jsQR from 'jsqr'

export interface CameraScan {
  /** Stops the camera and the frame loop. */
  stop: () => void
}

/**
 * Shows the back camera in `video` and calls `found` once with the first QR code read.
 * Rejects when the browser has no camera or the user refuses it.
 */
export async function scanWithCamera(video: HTMLVideoElement, found: (text: string) => void): Promise<CameraScan> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API')
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  video.srcObject = stream
  video.setAttribute('playsinline', '')
  await video.play()
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  let frame = 0
  let stopped = false
  const stop = () => {
    stopped = true
    cancelAnimationFrame(frame)
    for (const track of stream.getTracks()) track.stop()
    video.srcObject = null
  }
  const tick = () => {
    if (stopped) return
    if (context && video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      canvas.width = video.videoWidth
      canvas.height = video.videoHeight
      context.drawImage(video, 0, 0)
      const image = context.getImageData(0, 0, canvas.width, canvas.height)
      const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })
      if (code?.data) {
        stop()
        found(code.data)
        return
      }
    }
    frame = requestAnimationFrame(tick)
  }
  frame = requestAnimationFrame(tick)
  return { stop }
}
