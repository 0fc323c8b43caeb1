import {ruleTester} from '../helpers.js'

const id = 'space-before-punctuation'

const valid: string[] = [
  'The second round – June 2 – was short.',
  'Temperatures fell to -5 overnight.',
  'He paused . . . and went on.',
  'China’s dialogue is open, and Sino-US ties matter.',
  'The ex-model said so.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'The ties of China ’s economy grew.', fixed: 'The ties of China’s economy grew.'},
  {text: 'So said the spokesman .', fixed: 'So said the spokesman.'},
  {text: 'Prices rose , then fell.', fixed: 'Prices rose, then fell.'},
  {text: 'Sino -US relations improved.', fixed: 'Sino-US relations improved.'},
  {text: 'He is an ex -model and a merchant.', fixed: 'He is an ex-model and a merchant.'}
]

ruleTester(id, {valid, invalid, hint: true})
