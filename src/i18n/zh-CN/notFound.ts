/** A link that leads nowhere: a page, lesson, quiz or role-play that does not exist (any more). */
import { addMessages } from '../catalogue'

const messages = {
  notFound: {
    title: '页面不存在',
    body: '这个链接没有对应的页面，可能已经变更。',
    home: '回到首页',
  },
}

addMessages(messages)
export default messages
