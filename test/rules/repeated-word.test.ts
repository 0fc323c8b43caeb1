import {ruleTester} from '../helpers.js'

const id = 'repeated-word'

const valid: string[] = [
  'What he had had was not enough.',
  'He said that that was the end.',
  'They said bye bye and left for Walla Walla.',
  // A name the dictionary knows that doubles a word.
  'The pianist Lang Lang played in Vienna.',
  'The vote was 10 10 in the end.',
  'Talks went well. Well, mostly.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'They met again again on Monday.', fixed: 'They met again on Monday.'},
  {text: 'Talks were held in Turkey in Turkey last year.', fixed: 'Talks were held in Turkey last year.'},
  {text: 'The the talks ended.', fixed: 'The talks ended.'}
]

ruleTester(id, {valid, invalid, hint: true})
