import {ruleTester} from '../helpers.js'

const id = 'page-furniture'

const valid: string[] = [
  'Home prices rose sharply last year.',
  'You may also like the new plan, officials said.',
  'Readers may leave a comment below the article.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'Home » News » Envoy visits Moscow\n\nThe envoy arrived.', fixed: '\n\nThe envoy arrived.'},
  {text: 'The envoy arrived.\n\nYou may also like\n\nLeave a Comment', messages: 2, fixed: 'The envoy arrived.\n\n\n\n'},
  {text: 'The envoy arrived.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.', fixed: 'The envoy arrived.\n\n'}
]

ruleTester(id, {valid, invalid, hint: true})
