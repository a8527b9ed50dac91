/** The roster's 题目分析 view: facility and discrimination per question. */
import { addMessages } from '../catalogue'

const messages = {
  itemAnalysis: {},
}

addMessages(messages)
export default messages
