/** Putting the course on the training room's network: reachability warning, the full-screen and printed assignment QR. */
import { addMessages } from '../catalogue'

const messages = {
  lan: {},
}

addMessages(messages)
export default messages
