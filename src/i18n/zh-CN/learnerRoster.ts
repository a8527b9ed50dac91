/** The roster of named learners: same-name warnings, merging rows. */
import { addMessages } from '../catalogue'

const messages = {
  learnerRoster: {},
}

addMessages(messages)
export default messages
