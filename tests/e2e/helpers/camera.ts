/**
 * A device with a camera pointed at a picture: Chromium's fake capture device plays a still video
 * made from a screenshot, so a page's camera sees what a phone held over the printout would.
 */
import { chromium, test, type Browser, type Page } from '@playwright/test'
import { writeFile } from 'node:fs/promises'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium'

/** The video's frame: square, even-sized as the 4:2:0 format needs. */
const FRAME_SIZE = 640

/**
 * Writes a short video (YUV4MPEG2, what Chromium's fake camera plays) of `picture` (a PNG) on white,
 * and returns its path. `page` decodes the PNG; any page will do.
 */
export async function videoOf(picture: Buffer, page: Page): Promise<string> {
  const scratch = await page.context().newPage()
  // Brightness of each pixel, the picture scaled to fit within a white margin.
  const luma = await scratch.evaluate(
    async ({ base64, size }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(size, size)
      const context = canvas.getContext('2d')!
      context.fillStyle = '#fff'
      context.fillRect(0, 0, size, size)
      context.imageSmoothingEnabled = false
      const fit = Math.floor((size * 0.8) / Math.max(image.width, image.height))
      const scale = Math.max(fit, 1)
      const width = image.width * scale
      const height = image.height * scale
      context.drawImage(image, (size - width) / 2, (size - height) / 2, width, height)
      const { data } = context.getImageData(0, 0, size, size)
      const out: number[] = []
      for (let i = 0; i < data.length; i += 4)
        out.push(Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!))
      return out
    },
    { base64: picture.toString('base64'), size: FRAME_SIZE },
  )
  await scratch.close()
  const chroma = Buffer.alloc((FRAME_SIZE / 2) * (FRAME_SIZE / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), chroma, chroma])
  const path = test.info().outputPath('camera.y4m')
  await writeFile(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${FRAME_SIZE} H${FRAME_SIZE} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  )
  return path
}

/** Another browser whose camera films `video` (granted without asking); close it when done. */
export function browserWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  })
}
