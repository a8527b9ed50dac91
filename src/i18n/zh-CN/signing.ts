/** Certificates a trainer signs: the signing key, issuing, verifying, recertification. */
import { addMessages } from '../catalogue'

const messages = {
  signing: {},
}

addMessages(messages)
export default messages
