/** Limits on what a trainer brings in: file sizes and the most questions an assignment takes. */
import { addMessages } from '../catalogue'

const messages = {
  input: {
    giftFileHint: '文件最大 {limit}；UTF-8 或 GB18030（简体中文 Windows）编码的文本文件均可。',
    pickLimit: '一份作业最多 {max} 道题，已选满；要换题，请先取消已选的题。',
  },
}

addMessages(messages)
export default messages
