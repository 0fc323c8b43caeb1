import {ruleTester} from '../helpers.js'

const id = 'doubled-punctuation'

const valid: string[] = [
  'Wait... what happened?',
  'He paused . . . and went on.',
  'The total was 1,000,000 dollars.',
  'It ended. The end…'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'It cost six million dollars..', fixed: 'It cost six million dollars.'},
  {text: 'We will get six points. . He left.', fixed: 'We will get six points. He left.'},
  {text: 'He said,, that it was over.', fixed: 'He said, that it was over.'}
]

ruleTester(id, {valid, invalid, hint: true})
