/** Trainer forms: the messages beside each field (assignment, roster import, GIFT import, certificate issue). */
import { addMessages } from '../catalogue'

const messages = {
  trainerForm: {},
}

addMessages(messages)
export default messages
