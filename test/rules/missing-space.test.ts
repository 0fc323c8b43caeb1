import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule, ruleTester} from '../helpers.js'

const id = 'missing-space'

const valid: string[] = [
  // A brand written with `Re:`.
  'The recovery plan, called Re:Nissan, is on track.',
  // Domains whose last part is a preposition, files and versions after a number.
  'See example.in for details, or visit google.it and news.in today. The script v2.js loads.',
  // An opening straight quote glued to its word, a hyphen after a closing one, apostrophes.
  'The board said "yes"-votes were counted; Putin’s aide recalled the ’90s.',
  'The U.S. and the U.K. signed the deal at 10:30 a.m. on Jan. 13.',
  'Talks between U.S.-Russia delegations resumed in St. Petersburg.',
  'J.R.R. Tolkien and J.P. Morgan appear in No. 12 of the series, e.g. in chapter two, i.e. early.',
  // Initials glued to a surname are a name, not two sentences.
  'The guard J.R.Smith scored twelve points.',
  'She holds a Ph.D. from Oxford and lectures on Mondays vs. Fridays.',
  'Prices rose 3.5% to $212.50, with 1,000 shares and 27,700 units sold.',
  'The rate sits at 4.25%-4.50% after the 3:2 vote at 2:45 and 0:00.',
  'Published 2025-08-06T07:37+0000 and updated 2025-08-06T07:41+0000.',
  'Read more at example.com or www.gov.uk and write to press@example.org today.',
  'The site pravda.com.ua quoted @reuters and #breaking posts.',
  'Upgrade to v2.1.0 of Node.js or the .NET runtime before Friday.',
  'Open report.pdf and the notes in draft.docx first.',
  'He paused... Then he spoke again.',
  'Shares closed at 161,12 RUB while the total reached 3,557 trillion rubles.',
  'The visit, he said, was “useful.” Officials agreed.',
  'He called it “illegitimate,” adding that talks would continue.',
  'See https://example.com/path?a=1&b=2 for the full text.',
  '(S)he will decide which word(s) to keep.',
  // A prefix in brackets, and initials before a hyphen.
  'The (re)election of the mayor and her (un)likely allies were the talk of the U.S.-led forum.',
  'The F.B.I. agent met the C.E.O. on Tuesday.',
  'Mr. Smith, Dr. Jones and Gen. Petraeus arrived.',
  'A ratio of 16:9 and a score of 2:1 were reported.',
  'MOSCOW, Aug 6 (Reuters) - The central bank cut its key rate to 18% on Friday.',
  'Photo: AFP/Getty Images. Updated 14:32 GMT+3.',
  'The ruble traded at 81.5 per dollar (vs. 80.9 on Monday), according to exchange data.',
  'The hashtag #StopTheWar trended, and @KremlinRussia_E posted a video.',
  'The U.N. Security Council will meet on Friday, the diplomats said.',
  'See Fig. 3 and Table 2 in the annex.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  // A preposition after a frequent word and its full stop, then a determiner; a year or a percentage before a lower-case word.
  {text: 'The judge denied the request.in his ruling he cited the law.', fixed: 'The judge denied the request. In his ruling he cited the law.'},
  {text: 'Strikes have not been this large since 2013.the unions say more will follow.', fixed: 'Strikes have not been this large since 2013. The unions say more will follow.'},
  // A country's initials before a capitalised word; a time of day or `e.g.` before any word; a bracketed short form before a word.
  {text: 'Markets waited for the U.S.Federal Reserve on Wednesday.', fixed: 'Markets waited for the U.S. Federal Reserve on Wednesday.'},
  {text: 'The U.S.Army sent more troops.', fixed: 'The U.S. Army sent more troops.'},
  {text: 'Since March the U.S.has raised tariffs twice.', fixed: 'Since March the U.S. has raised tariffs twice.'},
  {text: 'Tariffs were set by the U.S.in April.', fixed: 'Tariffs were set by the U.S. in April.'},
  {text: 'That is what Moscow understands.U.S. sanctions followed.', fixed: 'That is what Moscow understands. U.S. sanctions followed.'},
  {text: 'Berg scored twice and Lind (65)added a third.', fixed: 'Berg scored twice and Lind (65) added a third.'},
  {text: 'The ferry left at 9 p.m.local time with forty passengers.', fixed: 'The ferry left at 9 p.m. local time with forty passengers.'},
  {text: 'The electoral institute (INE)concluded the count on Monday.', fixed: 'The electoral institute (INE) concluded the count on Monday.'},
  // A closing double quotation mark right before a word, curly or straight.
  {text: 'The mayor called the plan “reckless”and walked out.', fixed: 'The mayor called the plan “reckless” and walked out.'},
  {text: 'The mayor called the plan "reckless"and walked out.', fixed: 'The mayor called the plan "reckless" and walked out.'},
  // A two-letter pronoun after a full stop that no domain ends in.
  {text: 'Both teams have a big fan base.he also praised the keeper.', fixed: 'Both teams have a big fan base. He also praised the keeper.'},
  {text: 'Critics doubt the approach,possibly for good reason.', fixed: 'Critics doubt the approach, possibly for good reason.'},
  {text: 'The talks will commence.This was agreed on Friday.', fixed: 'The talks will commence. This was agreed on Friday.'},
  {text: 'The plan could lead the U.S.to cut aid.', fixed: 'The plan could lead the U.S. to cut aid.'},
  // …and before a word that opens the next sentence (not a name after initials: `J.R.Smith`).
  {text: 'The envoy reported on the talks in the U.S.The work goes on.', fixed: 'The envoy reported on the talks in the U.S. The work goes on.'},
  {text: 'The U.S.negotiation team arrived late.', fixed: 'The U.S. negotiation team arrived late.'},
  // …also after one letter that ends a sentence.
  {text: 'The minister posted the letter on X.The post was removed within an hour.', fixed: 'The minister posted the letter on X. The post was removed within an hour.'},
  {text: 'She met Ivan Petrov,Director of the institute.', fixed: 'She met Ivan Petrov, Director of the institute.'},
  {text: 'He repeated it without scrutiny.Moreover, nobody objected.', fixed: 'He repeated it without scrutiny. Moreover, nobody objected.'},
  {text: 'They called the vote "illegitimate",adding that it changed nothing.', fixed: 'They called the vote "illegitimate", adding that it changed nothing.'},
  {text: 'They met on Monday morning."We talked," the aide said.', fixed: 'They met on Monday morning. "We talked," the aide said.'},
  {text: 'He warned against the "China card ".If talks fail, trade suffers.', fixed: 'He warned against the "China card ". If talks fail, trade suffers.'},
  {text: 'It was his third trip in 2024.On Monday he left.', fixed: 'It was his third trip in 2024. On Monday he left.'},
  {text: 'The fund (RDIF)and its partners agreed.', fixed: 'The fund (RDIF) and its partners agreed.'},
  {text: 'Was it worth it?Nobody knows.', fixed: 'Was it worth it? Nobody knows.'},
  {text: 'The yield rose to 4.3%.Analysts expected more.', fixed: 'The yield rose to 4.3%. Analysts expected more.'},
  {text: 'Prices rose;markets fell.', fixed: 'Prices rose; markets fell.'},
  {text: 'Analysis:Are the envoys outmatched?', fixed: 'Analysis: Are the envoys outmatched?'},
  {text: 'The minister left.“We will return,” he said.', fixed: 'The minister left. “We will return,” he said.'},
  {text: 'He said it was “over.”Then he left.', fixed: 'He said it was “over.” Then he left.'},
  {text: 'Air defence systems.Sybiha said more were needed.', fixed: 'Air defence systems. Sybiha said more were needed.'},
  {text: 'We need more air defence systems.NATO must act.', fixed: 'We need more air defence systems. NATO must act.'},
  {text: 'The results came in,and then the talks ended.The delegates left.', messages: 2, fixed: 'The results came in, and then the talks ended. The delegates left.'}
]

const knownMisses: string[] = [
  // Two lower-case words that could be a name with a dot (`affairs.chinese`) are left alone unless both are ordinary words.
  'The ministry of foreign affairs.chinese officials declined to comment.'
]

ruleTester(id, {valid, invalid, knownMisses})

describe(id + ': more', () => {
  it('suggests replacements for its own range and marks them safe', async () => {
    const [message] = await lintRule(id, 'Voters waited,then left.')
    expect(message.actual).toBe('waited,then')
    expect(message.expected).toEqual(['waited, then'])
    expect((message as {fixSafe?: boolean}).fixSafe).toBe(true)
  })
})
