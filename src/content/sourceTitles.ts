// The source documents' titles: loaded with the lesson's 出处 and the source pages, not the first page.
import { sourceTitles } from 'virtual:course-sources'

/**
 * A document's title; undefined when the course has no such document.
 *
 * @example sourceTitle('000_0d273eb557817752.txt') // '北京地图案例与客服人员的职业素质(教材章节)'
 */
export function sourceTitle(file: string): string | undefined {
  return sourceTitles.find((source) => source.file === file)?.title
}

export { sourceTitles }
