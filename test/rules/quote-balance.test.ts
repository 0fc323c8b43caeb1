import {ruleTester} from '../helpers.js'

const id = 'quote-balance'

const valid: string[] = [
  '“We are ready,” he said. “So are we.”',
  'He said "yes" and left.',
  '“The first paragraph of a long quote runs on.\n\n“The second one closes it.”',
  'Home » News » World'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'He wrote ”We will win” on Monday.', fixed: 'He wrote “We will win” on Monday.'},
  {text: 'He said “we will win and left.', fixed: 'He said “we will win and left.'},
  {text: 'The card ".If it goes on.', fixed: 'The card ".If it goes on.'}
]

ruleTester(id, {valid, invalid, hint: true})
