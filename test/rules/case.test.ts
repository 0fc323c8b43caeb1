import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule, ruleTester} from '../helpers.js'

const id = 'case'

const valid: string[] = [
  // A team's nickname before its verb, a plural name before a verb that is also a noun's plural, a work's title before a month.
  'Fans cheered as the Giants expect a full stadium.',
  // A name after `the` and an adjective that is part of it, or a party's name.
  'He quoted the Old Testament, and the new Labour government was sworn in.',
  // A place named by a nationality and a plural; the plural of an office before `of` and a one-word name, as government
  // prose capitalises it.
  'Conditions in the Philippine Islands have improved, and the other American Republics assembled at Montevideo.',
  'A joint commission embracing Members of the Congress was formed.',
  // A team's name before a short verb in the past.
  'OKLAHOMA CITY — The Thunder won the title.',
  // A newsroom's desk; a word after a name's particle; the field of a ministry after `of`, its head in lower case.
  '(Reporting by the Moscow bureau; editing by the World desk)',
  'He entered the Soto del Real prison near Madrid.',
  // A plural in a title, after a name's particle, after a work's kind, or a team's nickname after `the`.
  'The fund serves our Pledge to American Workers. He named the Cartel de los Soles. She wrote the novel Houris (Gallimard). They beat the Warriors in Boston.',
  'Tourists flock to the Maldives each winter, and the Hamptons fill in July.',
  'The Times did not comment.',
  // A possessive of an ordinary word (`our Nation's Capital`), a name's own capital before a verb, a title after `their`.
  'Thousands of children in our Nation\'s Capital have found new schools.',
  'Shares of Toyota rose after Japan\'s Nikkei gained two percent.',
  'The band opened their Deadline world tour in Seoul.',
  'Fans say their Beatles records sold well in Liverpool.',
  // A body's name with `of` and a country; a faith's followers; a product joined to a known name, the same word in lower case elsewhere.
  'The Traders Association of Kenya said prices rose, and the report covered the treatment of Christians, in the east.',
  'Maps and YouTube grew, and more people came to Maps for directions, unlike the maps sold in shops.',
  // Names after an ordinal or an adjective of time, and before `on` with a capital after it.
  'He fought in the first World War, spoke at the annual Davos forum and at the Conference on Disarmament.',
  // Names after `the` before `for`, and after a possessive.
  'He spoke for the Coalition for Peace and the Center for Strategic Studies, and visited the country\'s Supreme Court.',
  // A party named by its members, and one named by an ordinary word.
  'The conservatives and the Social Democrats looked divided, and a senior figure in the League, defended the levy.',
  // A word before a particle and a capitalised word opens a foreign name.
  'The government designates the Cartel de los Soles as a terrorist group; he called it a cartel.',
  // A name broken over caption lines by a timestamp.
  'It matters for Europe and for the United\n1:19\nStates and for the world.',
  // A name of an ordinary word, `of` and a word the dictionary also knows as a proper noun.
  'The council backs a transitional Board of Peace for Gaza.',
  // The verb, the adjective, and a unit that starts a title.
  'Protesters march in august heat; an august body met; the 2 Million Dollar Challenge began.',
  // Offices keep their capitals in government prose, and a capital before another starts a name.
  'We thank our mayors and Governors, and the farmers and Teamsters Union members.',
  // …but not where the article never writes it in lower case (a defined term).
  'The Company still faces a second case. The Company will appeal.',
  // A title something describes stays in lower case: a name or a nationality before it, an article, `former`.
  'World Athletics president Sebastian Coe and former Fed governor Kevin Warsh met the French president Emmanuel Macron.',
  // Items of a list of capitalised product names, where the word is written in lower case elsewhere.
  'The firm sells search tools. Its deals cover Search, Maps, Chrome and the Gemini app.',
  // A party's members, capitalised to name the party.
  'He met the Socialist leader, a Communist deputy and the Nationalist bloc before the vote.',
  // The last of a list of capitalised words, where the article writes the word in lower case elsewhere.
  'Whether we are Republican, Democrat, or Independent, we agree. The independent panel met.',
  // Abbreviations before a lower-case word, and a title before a name.
  'Prices rose approx. three percent, and Gen. Lindqvist and Col. Berg approved the plan on Oct. the third.',
  // Quotations that go on with the sentence.
  'Crowds chanted "U.S.A.!" when the rescue came, and a sign read "Let\'s Move!" beside the door.',
  'The ministry called the talks "useful," the envoy said.',
  // An office's field after the office that opens a headline, with the word in lower case elsewhere.
  'Minister of Economy dismissed\n\nThe economy shrank again, officials said.',
  // Weapons systems named like ordinary words.
  'The Patriot systems and two Leopard tanks arrived; a patriot would cheer.',
  // Names with `of the` and a capital, and institutions' short forms before an auxiliary.
  'They visited the Museum of the Revolution, and the Company has grown, as the Senate has noted.',
  // A name or an institution before `to` and a verb; a surname English also has as a word before `was`.
  'Voters want the Senate to act, and the Kremlin to answer. The broker Wood was cautious, and analyst Brown has agreed.',
  // A party named by an ordinary word, and a diplomatic group the dictionary knows.
  'The coalition includes the Motorists party and the Pirates. Aid follows the proposal of the Quartet, which includes Egypt.',
  // Names that start with `The`, and institutions, at a sentence's start.
  'The Guardian reported the deal. The Economist had said so. The Senate voted. The Pentagon denied it.',
  // A team's nickname after `the`.
  'It was a statement from the Lions, whose captain scored twice.',
  // A short form of an institution before a past tense the lexicon takes for a noun.
  'The talks at the Chancellery began at noon.',
  // Names with a season or a number in them, and an office capitalised as a whole.
  'The Prague Spring ended in August. The Summer Games open in July.',
  'Delegates to the Two Sessions arrived. The Chief of Staff spoke to the Head of State Security.',
  // Headlines and headings in Title Case.
  'Envoy Heads to Geneva for Talks With Negotiators\n\nThe envoy left on Monday.',
  'Analysis: Are the Negotiators Outmatched?\n\nSome say they are.',
  // Titles before names, institutions, months and weekdays.
  'Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in March.',
  'The Foreign Ministry said on Tuesday that the talks would resume in August.',
  'Former President Joe Biden spoke with US Secretary of the Army Dan Driscoll.',
  'The visit was confirmed by his foreign policy adviser on Wednesday.',
  'The Minister said the talks were useful.',
  'He addressed the collective West plus one in his speech.',
  'Andrei works for the so-called Fifth Service of the agency.',
  // First word after a colon, acronyms, brands.
  'Details: In the context of the talks, both sides met in Geneva.',
  'The NATO summit and the FSB were discussed at length.',
  'She bought an iPhone and sold it on eBay the next week.',
  'The iPhone maker Apple said sales rose.',
  // A capitalised word that opens a proper name.
  'They met at the Grand Hamad Stadium in the evening.',
  'He joined the Expo Stars League in the twenty-first week.',
  'Shares of the company rose 3.5 percent.',
  // A sentence that starts with a number or a quote.
  '2025 was a hard year. "we" is not a name.',
  // Captions without sentence case are not checked for sentence starts.
  'and then the talks ended. so the envoy left. but he came back. and they talked again.',
  // A capitalised sentence opener after a lower-case word: a lost full stop in captions, not a capital slip.
  'we will see how the game goes next time we will win Next question please coach about the next match',
  'that is all for today and no more questions Thank you and see you next week',
  // A description of an office, and a formal name that goes on (`the ministry of finance of Peru`).
  'A ministry of finance official declined to comment.',
  'Sources in the ministry of finance of Peru confirmed the figure.',
  // A head before a place's name describes (`the government of Japan`), and one before a longer name is part of it.
  'Officials of the government of Japan met the envoy in the ministry of Defence Procurement offices.',
  // (After a nationality, a field in lower case describes: `the Russian ministry of defence`.)
  'The Russian ministry of defence said the drills were over.',
  'The deal fell like the house of cards it always was.',
  // Formal names made of ordinary words: before `of`/`for`, after a name-opening adjective, or ending in a name's head.
  'Funding for the Joint Chiefs of Staff rose.',
  'He praised the National Guard for its work.',
  'She recalled the Cold War in her speech.',
  'Critics of the Green Deal said it went too far.',
  'The rules sit in the Tax Code since 1986.',
  'He wrote a chapter on the Race to the Top programme.',
  // A noun with a number is a name, even where the article also writes the noun in lower case.
  'The resolution failed, and Beijing cites Resolution 2758 instead.',
  // An ordinal opens a formal name.
  'The case went to the First Panel of the court on Monday.',
  // A dateline followed by a capital, and a parenthesis with a dash inside a sentence.
  'MOSCOW, Dec 7 (Reuters) - The Kremlin said talks would resume.',
  'The fund (PIF) - not the ministry - signed the deal.',
  // Party members after `told` keep their capital.
  'The senator told Democrats on Monday that the bill would pass.',
  // Regions that are names in their own right.
  'In the Gulf, sovereign funds are buying; the Gulf states agree.',
  // Names made of a nationality and a noun.
  'Ships crossed the English Channel at night, and the Russian Federation protested.',
  'He spoke of the American Dream in his speech.',
  // The last of a list of names after `and the` (a party's short name).
  'The Social Democrats, TOP 09 and the Pirates, however, will stay in opposition.',
  'They sold apples, pears etc. and more at the market.',
  'The meeting started at 9 a.m. and ended late, vs. the plan.',
  'The plan includes:\n- a ceasefire along the line;\n- an exchange of prisoners;\n- talks on a settlement.',
  'Ingredients:\n• flour\n• sugar',
  // A team's or party's nickname joined to others.
  'The Greens and others voted against, and the Lions and fans celebrated late.',
  // A job before a name is a title.
  'The club said Coach Arne Slot and Captain Virgil van Dijk would speak.',
  // The titles of works, with `of the` inside them.
  'Their Music of the Spheres tour and The Dark Side of the Moon album sold well.',
  // `may` after a number before a verb is the verb.
  'She said 18 may be too many for one boat.',
  // A currency's word in a name, and the verb.
  'Senator Rand Paul met the Rand Merchant Bank board, and the team Won the cup.',
  // A compound that ends in a royal word names no monarch.
  'The drag queen Alexis sang at the club, and a beauty queen Maria judged the show.',
  // A word capitalised in one sense before its noun (cricket's `Test`), beside the ordinary word.
  'The coach wants a test of his bowlers before he picks the Test side for the tour.',
  // A list of names opens with capitals by nature; an item after `the` is no slip.
  'Delegations came from:\n- Japan\n- the United States\n- Brazil',
  // A list whose items continue a sentence, one of them on a name.
  'The fund will pay for:\n- new ferries;\n- Oslo harbour repairs;\n- training for crews.',
  // Indirect speech after a comma is left to other rules.
  'According to Jones, Therefore, no deal is possible.',
  // A capital the article also writes in lower case, inside a programme or title, or before a name.
  'The school joined the program. It won a grant from Race to the Top last year.',
  'Funding for students at Colleges and Universities rose, and more students enrolled at universities.',
  'The ferry company raised fares. Passengers wrote to the Company Secretary about it.',
  'The ferry company raised fares, and the Company defended the rise.',
  // House styles capitalise an institution's short form after `the`; titles of programmes stay.
  'The central bank met on Thursday, and the Bank raised rates again.',
  'Lawyers appealed, but the Court ruled against them.',
  'Lawyers appealed against the Court’s ruling.',
  'It is the hardest decision a President can make, and a Senator or a Governor would agree.',
  'Spokesman Lars Berg said the port was closed.',
  'The Department of Energy said the Bill of Rights and the freedom of speech were safe.',
  'Nurses campaigned for a Patients’ Bill of Rights for years.',
  'On the Oslo exchange, trading was calm all day.',
  // Abbreviated months and times keep their periods mid-sentence.
  'Sales fell in Sept. and Oct. after the strike, and the board meets at 10:30 a.m. on Friday.',
  // A caption line that carries the name on after a timestamp.
  'they are champions again\n0:12\nit is a second Champions\n0:15\nLeague title for the coach',
  // A term the article capitalises throughout, singular and plural (cricket's Test matches).
  'He missed the opening Test in Perth. Will the selectors pick him for both the Tests? He led the Test side before.',
  // A name's head before such a preposition is the name's (`the Conference in Geneva`, `the Court in The Hague`) when capitalised elsewhere.
  'The Conference opened on Monday. Delegates praised the Conference in its final session.',
  // The first of a list of capitalised words after `the`: a name's own (`the Nations, Nationalities and Peoples' Day`).
  "They celebrated the Nations, Cultures and Peoples' Day on Sunday. The city hosted the Workers, Farmers and Soldiers' Congress.",
  // `the District`, Washington's short form, as house styles capitalise it.
  'The judge ruled that the deployment in the District was unlawful.',
  // A capitalised singular noun between lower-case words may be a brand's or a body's; a bare `-ic` is no adjective.
  'The bank publishes its weekly Focus survey on Mondays, and the provincial Party secretary toured the port.',
  'This great Republic will endure, the senator told the chamber.',
  // A party named by its members' noun, listed in the dictionary.
  'The prime minister governs with the SPD and with the Motorists.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  // A plural after `the` before its verb's plain form; an ordinary noun after `the` and a preposition before a month;
  // after a sentence's opening `The`, before `did`.
  {text: 'Sales slowed, and the Carmakers expect a weaker spring.', fixed: 'Sales slowed, and the carmakers expect a weaker spring.'},
  {text: 'The minister met the Farmers in June to discuss prices.', fixed: 'The minister met the farmers in June to discuss prices.'},
  {text: 'The Report did not name the buyer.', fixed: 'The report did not name the buyer.'},
  // An ordinary plural capitalised once after a lower-case word.
  {text: 'The ministry urged the other side to stop its Provocations and talk.', fixed: 'The ministry urged the other side to stop its provocations and talk.'},
  {text: 'Officials said exporters were angry about the share of Imports in the market.', fixed: 'Officials said exporters were angry about the share of imports in the market.'},
  // The head of an institution's name in lower case, its field capitalised (kept, though the article writes it in lower case
  // elsewhere).
  {text: 'The commerce minister spoke, and the ministry of Commerce agreed.', fixed: 'The commerce minister spoke, and the Ministry of Commerce agreed.'},
  // An ordinary noun capitalised after `the` and a plain adjective, before its verb.
  {text: 'Officials said the new Rules are strict.', fixed: 'Officials said the new rules are strict.'},
  // A capital between an article and a noun of three letters; a lower-case start after an unknown word and its full stop.
  {text: 'The cabinet must carry out the Revised law first.', fixed: 'The cabinet must carry out the revised law first.'},
  {text: 'He stressed the defence of gotland. according to him, the island matters.', fixed: 'He stressed the defence of gotland. According to him, the island matters.'},
  // A sentence in lower case after a percentage's full stop.
  {text: 'Turnout reached 61%. the count ends tonight.', fixed: 'Turnout reached 61%. The count ends tonight.'},
  // A capital between `the so-called` and a lower-case noun.
  {text: 'They left the so-called Territorial issue to the leaders.', fixed: 'They left the so-called territorial issue to the leaders.'},
  // After an article and an adjective of time; before `on` and a lower-case phrase.
  {text: 'Gas stocks must last the current Heating season, the ministry said.', fixed: 'Gas stocks must last the current heating season, the ministry said.'},
  {text: 'Allies will keep the Pressure on the shadow fleet.', fixed: 'Allies will keep the pressure on the shadow fleet.'},
  // An ordinary noun capitalised after `the` before `for` and a lower-case phrase; an adjective after a lower-case possessive.
  {text: 'The envoys reviewed the Arrangements for the summit on Monday.', fixed: 'The envoys reviewed the arrangements for the summit on Monday.'},
  {text: 'He said the region\'s Fragile truce must hold.', fixed: 'He said the region\'s fragile truce must hold.'},
  // `secretary of state`, the title with `of` before a name.
  {text: 'The envoy met secretary of state Marco Rubio on Friday.', fixed: 'The envoy met Secretary of State Marco Rubio on Friday.'},
  // `march` and `august` as a time: after `in`, `since`, `last`…, closing the phrase or before a year.
  {text: 'Prices rose in march, and again since august 2024.', fixed: 'Prices rose in March, and again since August 2024.', messages: 2},
  // A unit after a number.
  {text: 'Exports fell by 49 Percent last year.', fixed: 'Exports fell by 49 percent last year.'},
  // An ordinary plural capitalised beside the lower-case plural it is joined to.
  {text: 'Sales of cars and Trucks rose in May.', fixed: 'Sales of cars and trucks rose in May.'},
  // Right after a sentence's opening `The`, where the article writes the word in lower case elsewhere.
  {text: 'The court said the company would appeal. The Company still faces a second case.', fixed: 'The court said the company would appeal. The company still faces a second case.'},
  // A formal title in lower case right before a name written right, after a preposition, a verb or a comma.
  {text: 'In Paris, president Emmanuel Macron met the envoys.', fixed: 'In Paris, President Emmanuel Macron met the envoys.'},
  {text: 'The deal was praised by prime minister Keir Starmer.', fixed: 'The deal was praised by Prime Minister Keir Starmer.'},
  // An ordinary noun after `the`, joined by `and` to one in lower case.
  {text: 'The new rules will not leave the Pensioners and workers without help this winter.', fixed: 'The new rules will not leave the pensioners and workers without help this winter.'},
  // A name and its verb after the comma open the next clause: the capital before it is no list of names.
  {text: 'Asked about the Harvest, Petrova said the rain had come too late.', fixed: 'Asked about the harvest, Petrova said the rain had come too late.'},
  // A headline's Title Case is no evidence that the article writes the word capitalised in its sentences.
  {text: 'Ministers Weigh New Sanctions on Shipping\n\nThe cabinet decided to lift the Sanctions on fertiliser exports.', fixed: 'Ministers Weigh New Sanctions on Shipping\n\nThe cabinet decided to lift the sanctions on fertiliser exports.'},
  // An ordinary noun capitalised after a country's or a possessive determiner's, before its verb, or after `the` before an adverb and its verb.
  {text: 'On the border dispute, Japan\'s Stance is unchanged, the spokesman added.', fixed: 'On the border dispute, Japan\'s stance is unchanged, the spokesman added.'},
  {text: 'Output slowed in the autumn and their Exports dropped by a tenth.', fixed: 'Output slowed in the autumn and their exports dropped by a tenth.'},
  {text: 'On weekends the Nurses mostly rely on the new software.', fixed: 'On weekends the nurses mostly rely on the new software.'},
  // A job capitalised where no name follows.
  {text: 'After the match the Coach demanded more effort, and the Basque Coach agreed.', fixed: 'After the match the coach demanded more effort, and the Basque coach agreed.', messages: 2},
  // A currency capitalised after `the`, `per` or an amount.
  {text: 'In Oslo the Krone slid while traders sold 500 Kronor of bonds.', fixed: 'In Oslo the krone slid while traders sold 500 kronor of bonds.', messages: 2},
  // `may` after a day of the month is the month.
  {text: 'The conclave ended on 18 may 2025 with a new pope.', fixed: 'The conclave ended on 18 May 2025 with a new pope.'},
  // A cardinal's title before his name.
  {text: 'The mass was led by cardinal Kevin Farrell on Sunday.', fixed: 'The mass was led by Cardinal Kevin Farrell on Sunday.'},
  // …a monarch's title before a given name alone, also after `and`.
  {text: 'The gardens were opened by king Harald and queen Sonja in June.', fixed: 'The gardens were opened by King Harald and Queen Sonja in June.', messages: 2},
  // Four-letter months too, which are no English words in lower case.
  {text: 'The accord was signed on july 23 and took effect in june.', fixed: 'The accord was signed on July 23 and took effect in June.', messages: 2},
  {text: 'A third meeting has taken place Representatives of both towns, aimed at a deal.', fixed: 'A third meeting has taken place representatives of both towns, aimed at a deal.'},
  {text: 'They stressed the Necessity of the commitment by all parties.', fixed: 'They stressed the necessity of the commitment by all parties.'},
  {text: 'The opposition said the Purchases are not open enough.', fixed: 'The opposition said the purchases are not open enough.'},
  {text: 'He said the town would judge by "deeds, not words". the mayor added nothing.', fixed: 'He said the town would judge by "deeds, not words". The mayor added nothing.'},
  {text: 'The directorate of communications said so.', fixed: 'The Directorate of Communications said so.'},
  // Lower-case starts after a web address, a day of the month, a short word and a longer name.
  {text: 'Details are on the website example.com.\nthe firm did not say more.', fixed: 'Details are on the website example.com.\nThe firm did not say more.'},
  {text: 'The payout date is July 17. the state gets most of it.', fixed: 'The payout date is July 17. The state gets most of it.'},
  {text: 'Talks can go on if the other side is ready for it. he said the papers were sent.', fixed: 'Talks can go on if the other side is ready for it. He said the papers were sent.'},
  {text: 'The ferry was named after Ingrid Lindqvist. she launched it in May.', fixed: 'The ferry was named after Ingrid Lindqvist. She launched it in May.'},
  // A lower-case start after a British spelling, and after a quotation that closed its sentence.
  {text: 'Prices may stay favourable. according to the bank, reserves rose.', fixed: 'Prices may stay favourable. According to the bank, reserves rose.'},
  {text: 'The talk was "frank but cordial." the envoy has not set a date.', fixed: 'The talk was "frank but cordial." The envoy has not set a date.'},
  // A number word before a lower-case noun, a season, and the field of an office written in lower case.
  {text: 'The mayor asked the Two parties to meet again.', fixed: 'The mayor asked the two parties to meet again.'},
  {text: 'Ferries stop running in the Winter months.', fixed: 'Ferries stop running in the winter months.'},
  {text: 'She became head of State at forty.', fixed: 'She became head of state at forty.'},
  // An institution's formal name in lower case, with a portfolio the list of fields knows.
  {text: 'The cabinet told the ministry of construction to finish the plan.', fixed: 'The cabinet told the Ministry of Construction to finish the plan.'},
  // A capitalised head with its field in lower case, and an audience after `told`.
  {text: 'The Ministry of foreign affairs of Chile welcomed the deal.', fixed: 'The Ministry of Foreign Affairs of Chile welcomed the deal.'},
  // …and a head in lower case before a field written as a name.
  {text: 'The ministry of Defence said the convoy had reached the border.', fixed: 'The Ministry of Defence said the convoy had reached the border.'},
  {text: 'A note from the ministry of Foreign Affairs reached the embassy.', fixed: 'A note from the Ministry of Foreign Affairs reached the embassy.'},
  {text: 'The unit answers to the Norwegian ministry of Defence in Oslo.', fixed: 'The unit answers to the Norwegian Ministry of Defence in Oslo.'},
  {text: 'It is too early, the mayor told Journalists on Tuesday.', fixed: 'It is too early, the mayor told journalists on Tuesday.'},
  // The first word after a dateline opens the sentence.
  {text: 'Gdansk (PAP) - the mayor opened the new bridge on Tuesday.', fixed: 'Gdansk (PAP) - The mayor opened the new bridge on Tuesday.'},
  // Months and weekdays in lower case (not `may`, `march`, `august`).
  {text: 'In february the court met again, and on sunday it ruled; may it last.', messages: 2, fixed: 'In February the court met again, and on Sunday it ruled; may it last.'},
  // Two ordinary words capitalised together after a determiner, before a verb or a preposition.
  {text: 'Exports grew, but the Current Account is still in deficit.', fixed: 'Exports grew, but the current account is still in deficit.'},
  {text: 'The company’s Operating Profit fell by a third.', fixed: 'The company’s operating profit fell by a third.'},
  {text: 'Talks ended late. The Two Ministers also agreed to meet again.', fixed: 'Talks ended late. The two ministers also agreed to meet again.'},
  // A nationality or a proper adjective keeps its capital before the slipped noun.
  {text: 'Officials said the Chinese Side is ready to talk.', fixed: 'Officials said the Chinese side is ready to talk.'},
  {text: 'In the quarter the Operating Profit of the group rose.', fixed: 'In the quarter the operating profit of the group rose.'},
  // A lower-case sentence start after a name the dictionary knows.
  {text: 'Doha will keep working with Cairo and Washington. the talks resume on Monday.', fixed: 'Doha will keep working with Cairo and Washington. The talks resume on Monday.'},
  // An ordinary noun after `the` and before `of` and a lower-case word, after a name and `to the`.
  {text: 'They defended the right of Chile to the Extraction of lithium at home.', fixed: 'They defended the right of Chile to the extraction of lithium at home.'},
  // An institution's formal name in lower case after `the` or a possessive.
  {text: 'According to the ministry of foreign affairs, the visit is off.', fixed: 'According to the Ministry of Foreign Affairs, the visit is off.'},
  {text: 'Brazil’s ministry of finance said the deficit would narrow.', fixed: 'Brazil’s Ministry of Finance said the deficit would narrow.'},
  {text: 'The bill goes to the chamber of deputies next week.', fixed: 'The bill goes to the Chamber of Deputies next week.'},
  // A transcript that mostly capitalises its sentence starts: the few lower-case ones are slips.
  {
    text: 'Good morning. We are ready for the match. The team trained well. and the captain is fit. We expect a hard game. question from the radio please.',
    messages: 2,
    fixed: 'Good morning. We are ready for the match. The team trained well. And the captain is fit. We expect a hard game. Question from the radio please.'
  },
  // An ordinary word capitalised once after `of`, outside any name.
  {text: 'The sides agreed on the exchange of Hostages and the return of bodies.', fixed: 'The sides agreed on the exchange of hostages and the return of bodies.'},
  // A rank before its noun, or an office that speaks, after `a`: they name no one.
  {text: 'A Senior official said the ferry would run.', fixed: 'A senior official said the ferry would run.'},
  {text: 'On Monday a Spokesman said the port was closed.', fixed: 'On Monday a spokesman said the port was closed.'},
  // A possessive before its noun.
  {text: 'Fans booed the Umpire’s call in the final set.', fixed: 'Fans booed the umpire’s call in the final set.'},
  // A sentence that starts in lower case after a month or a time.
  {text: 'The ferry fares rose in March. passengers complained at once.', fixed: 'The ferry fares rose in March. Passengers complained at once.'},
  {text: 'The vote was called for 16:45. members left the hall early.', fixed: 'The vote was called for 16:45. Members left the hall early.'},
  // An ordinary noun capitalised after `the`, before its verb or at the end of the clause.
  {text: 'Trading was thin, and by noon the Krona weakened against the euro.', fixed: 'Trading was thin, and by noon the krona weakened against the euro.'},
  {text: 'The delegates met at a hotel in the Capital, officials said.', fixed: 'The delegates met at a hotel in the capital, officials said.'},
  // …also after a sentence's opening `The`, before a past tense or an auxiliary.
  {text: 'Exports slowed. The Peso weakened against the dollar.', fixed: 'Exports slowed. The peso weakened against the dollar.'},
  // …or before `to` and a verb.
  {text: 'Planners expect the Factory to reopen by spring.', fixed: 'Planners expect the factory to reopen by spring.'},
  // An ordinary word capitalised after a lower-case one, before `was` or `has`, where no list has it as a surname.
  {text: 'Figures showed that yearly Turnover was higher than planned.', fixed: 'Figures showed that yearly turnover was higher than planned.'},
  // An ordinary word capitalised once, written in lower case elsewhere in the same article.
  {
    text: 'The ferry operator cancelled ten crossings. By noon the Operator had restored the timetable.',
    fixed: 'The ferry operator cancelled ten crossings. By noon the operator had restored the timetable.'
  },
  {
    text: 'The harbour board met on Monday. Members of the Board voted for the plan, and the board will meet again.',
    fixed: 'The harbour board met on Monday. Members of the board voted for the plan, and the board will meet again.'
  },
  {
    text: 'Ferry figures:\n- Fares: up 4%\n- routes: twelve, two of them new\n- Crews: 310 sailors\n- Next review: in March',
    fixed: 'Ferry figures:\n- Fares: up 4%\n- Routes: twelve, two of them new\n- Crews: 310 sailors\n- Next review: in March'
  },
  {
    text: 'Key points:\n\n  • initial findings: the two sides agreed.\n  • Second round: talks resumed.',
    fixed: 'Key points:\n\n  • Initial findings: the two sides agreed.\n  • Second round: talks resumed.'
  },
  {text: 'The talks ended. the envoy left for Paris on Monday.', fixed: 'The talks ended. The envoy left for Paris on Monday.'},
  {text: 'the ministry said the meeting would take place on Monday.', fixed: 'The ministry said the meeting would take place on Monday.'},
  {text: 'A statement came from the foreign Ministry on Friday.', fixed: 'A statement came from the foreign ministry on Friday.'},
  {text: 'The press Secretary of the company declined to comment.', fixed: 'The press secretary of the company declined to comment.'},
  {text: 'He named a special Prosecutor for the case.', fixed: 'He named a special prosecutor for the case.'},
  {text: 'He met the Secretary of state, Jane Doe, in Rome.', fixed: 'He met the Secretary of State, Jane Doe, in Rome.'},
  {text: 'The delegations met in Geneva on Monday, A second meeting is planned.', fixed: 'The delegations met in Geneva on Monday, a second meeting is planned.'},
  {text: 'The mayors agreed to gather at ministerial level During May.', fixed: 'The mayors agreed to gather at ministerial level during May.'},
  {text: 'The round has already taken place Delegates of both countries attended.', fixed: 'The round has already taken place delegates of both countries attended.'},
  {text: 'The envoy held three High -level meetings in Moscow.', fixed: 'The envoy held three high-level meetings in Moscow.'},
  // A capitalised ordinary noun after `the`, before a preposition of place or time.
  {text: 'The parliament will review the purchase of the Submarines under the new programme.', fixed: 'The parliament will review the purchase of the submarines under the new programme.'},
  {text: 'The coach praised the Pressing in the first half.', fixed: 'The coach praised the pressing in the first half.'},
  {text: 'They turned a defence system of the Bacteria into a tool.', fixed: 'They turned a defence system of the bacteria into a tool.'},
  {text: 'The agency will build small Modular reactors near the coast.', fixed: 'The agency will build small modular reactors near the coast.'},
  // A capitalised ordinary noun after a sentence's opening possessive, before its verb.
  {text: 'The crowd was loud. Our Fans were wonderful all night.', fixed: 'The crowd was loud. Our fans were wonderful all night.'},
  // An adjective or a plural capitalised between lower-case words.
  {text: 'Officials condemned the illegal Unilateral measures against the port.', fixed: 'Officials condemned the illegal unilateral measures against the port.'},
  {text: 'The treaty would simplify Customs procedures at the border crossing.', fixed: 'The treaty would simplify customs procedures at the border crossing.'},
  // A title capitalised before names elsewhere does not make its plural a term of the article.
  {text: 'Foreign Minister Ana Berg hosted Foreign Minister Piet Dahl in Oslo. The Two Ministers also discussed fishing quotas.', fixed: 'Foreign Minister Ana Berg hosted Foreign Minister Piet Dahl in Oslo. The two ministers also discussed fishing quotas.'}
]

const knownMisses: string[] = [
  // A capitalised noun after `the` may be a name, a title or house style (`the Minister`), so it stays silent.
  'The Turkish leader said that the War started by Russia should end.'
]

ruleTester(id, {valid, invalid, knownMisses})

// An ordinary word capitalised between an article and a lower-case noun, once in the article.
ruleTester(id, {
  valid: [
    'The Executive branch and the Federal budget were debated.',
    'Crowds gathered at the Bridge and the Bridge was closed.',
    'The Fifth Service oversees the unit.'
  ],
  invalid: [
    {text: 'Both sides signed the Truce agreement on Monday.', fixed: 'Both sides signed the truce agreement on Monday.'},
    {text: 'The ministry issued a Press release at noon.', fixed: 'The ministry issued a press release at noon.'}
  ]
})
