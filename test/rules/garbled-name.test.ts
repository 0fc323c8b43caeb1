import {describe, it, expect} from 'vitest'
import {applyFirst, lintRule, ruleTester} from '../helpers.js'

/**
 * `garbled-name`: damaged known names. True positives assert the number of
 * warnings and the fixed text (or, for a word-for-word translated surname of
 * someone the dictionary does not know, a message with no suggestion);
 * guardrails must produce no `garbled-name` message at all; an article that
 * spells one person two accepted ways gets an info hint, never a warning.
 */

const rule = 'garbled-name'

const invalid: Array<{text: string; fixed: string; messages?: number}> = [
  // An English `W` written `U` as Russian writes it, the name on its own.
  {text: 'Putin met Uitkoff in the Kremlin on Tuesday.', fixed: 'Putin met Witkoff in the Kremlin on Tuesday.'},
  // A given name heard as a word with the same consonants, before a surname only one curated person has.
  {text: 'Later I spoke with Care Starmer about the coalition.', fixed: 'Later I spoke with Keir Starmer about the coalition.'},
  // A name English writes without marks, in pinyin with its tones.
  {text: 'Commerce Minister Wáng Wéntāo met the delegation.', fixed: 'Commerce Minister Wang Wentao met the delegation.'},
  // A surname two letters off, sounding different, after the title the person holds.
  {text: 'Central bank Governor Fatih Kahraman said inflation would slow.', fixed: 'Central bank Governor Fatih Karahan said inflation would slow.'},
  // The second of two surnames with its accent on the wrong letter, after the first.
  {text: 'Opposition leader Alberto Núñez Feijoó called for elections.', fixed: 'Opposition leader Alberto Núñez Feijóo called for elections.'},
  // A surname heard as words with a voiced sound for a voiceless one, the person's role in the sentence.
  {text: 'The secretary of defense, Pete Heck Set, spoke to the troops.', fixed: 'The secretary of defense, Pete Hegseth, spoke to the troops.'},
  // A given name turned into its English form (`Michael` for Mikel, `Victor` for Viktor).
  {text: 'Michael Arteta praised his players, and Victor Orbán left early.', fixed: 'Mikel Arteta praised his players, and Viktor Orbán left early.', messages: 2},
  // A Ukrainian's given name and surname both in their Russian forms.
  {text: 'Sergei Koretsky of Naftogaz said imports would rise.', fixed: 'Serhii Koretskyi of Naftogaz said imports would rise.'},
  // A surname translated word for word standing alone before a verb of saying, the person named elsewhere.
  {text: 'Hakan Fidan arrived in Doha. Sapling later told reporters the force needed a mandate.', fixed: 'Hakan Fidan arrived in Doha. Fidan later told reporters the force needed a mandate.'},
  // …a one-word name the person goes by.
  {text: 'Lula da Silva met the court. After the vote, Squid said the ruling was fair.', fixed: 'Lula da Silva met the court. After the vote, Lula said the ruling was fair.'},
  // A country's central bank in the order of the source language.
  {text: 'The Korea Bank held its rate on Thursday.', fixed: 'The Bank of Korea held its rate on Thursday.'},
  // A company's name heard as a name and a short lower-case word, also a letter off.
  {text: 'Traders sold Luke oil shares and moved cash out of Euro clear.', fixed: 'Traders sold Lukoil shares and moved cash out of Euroclear.', messages: 2},
  // A surname heard as other words, one to three of them, with the person's role in the sentence.
  {text: 'Markets waited for Jerome pow ell, the chair of the Federal Reserve, to speak.', fixed: 'Markets waited for Jerome Powell, the chair of the Federal Reserve, to speak.'},
  {text: 'The Kremlin foreign policy aide Yuri oo sha cove said the talks went well.', fixed: 'The Kremlin foreign policy aide Yuri Ushakov said the talks went well.'},
  // Capitals as German copy spells them, left in by translation.
  {text: 'Delegations met in Genf before flying to Kiew.', fixed: 'Delegations met in Geneva before flying to Kyiv.', messages: 2},
  // A name's words in the wrong order.
  {text: 'Officials of the Independent States Commonwealth met.', fixed: 'Officials of the Commonwealth of Independent States met.'},
  // Of two spellings of a name equally near, the one nearer as written (with the diacritics it has).
  {text: 'Defence Minister Yaşar Güller met his counterpart.', fixed: 'Defence Minister Yaşar Güler met his counterpart.'},
  // Japanese and Hungarian names in their own order (family name first), as translation keeps it.
  {text: 'Finance Minister Katayama Satsuki met Ueda Kazuo on Friday.', fixed: 'Finance Minister Satsuki Katayama met Kazuo Ueda on Friday.', messages: 2},
  // …also after a given name that only sounds like the person's.
  {text: 'Andre your mac, the former head of the Ukrainian presidential office, resigned.', fixed: 'Andriy Yermak, the former head of the Ukrainian presidential office, resigned.'},
  // A given name that only sounds like the person's, with the person's role in the sentence.
  {text: 'Carroll Dmitriev, the head of the Russian Direct Investment Fund, met investors.', fixed: 'Kirill Dmitriev, the head of the Russian Direct Investment Fund, met investors.'},
  // The name's letters with a diacritic it does not have, or another one.
  {text: 'Opposition leader Pierre Poilièvre asked for a vote.', fixed: 'Opposition leader Pierre Poilievre asked for a vote.'},
  {text: 'President Recep Tayyip Erdögan flew to Baku.', fixed: 'President Recep Tayyip Erdoğan flew to Baku.'},
  // A curated person's surname with sounds that scripts and ears swap (r/l, b/v), or heard as two words.
  {text: 'In Brussels, Kaja Karras called for new sanctions.', fixed: 'In Brussels, Kaja Kallas called for new sanctions.'},
  {text: 'Mexico sent Marcelo Evrardo to the trade talks.', fixed: 'Mexico sent Marcelo Ebrard to the trade talks.'},
  // A surname spelled as it sounds in its own language, as it comes back through Russian or a French ear.
  {text: 'The chancellor, Friedrich Merts, flew to Warsaw.', fixed: 'The chancellor, Friedrich Merz, flew to Warsaw.'},
  {text: 'President Karol Navrotsky vetoed the bill.', fixed: 'President Karol Nawrocki vetoed the bill.'},
  {text: 'Foreign Minister Jean-Noël Barreau arrived in Beirut.', fixed: 'Foreign Minister Jean-Noël Barrot arrived in Beirut.'},
  // A curated surname one letter from the surname of the person whose given name is written (Gary Nagle
  // is someone else).
  {text: 'Bundesbank President Joachim Nagle said rates would hold.', fixed: 'Bundesbank President Joachim Nagel said rates would hold.'},
  // Both names as they come back through Russian.
  {text: 'Defence Minister Vladislav Kosinyak-Kamysh spoke.', fixed: 'Defence Minister Władysław Kosiniak-Kamysz spoke.'},
  // A surname heard as two words, put together by its own language's spelling of the sounds.
  {text: 'Co-leader Felix Bana Shack spoke next.', fixed: 'Co-leader Felix Banaszak spoke next.'},
  // A renamed city's old name, and the last word of a long name a letter off even where it is a word of another name.
  {text: 'Shelling continued near Dnipropetrovsk on Monday.', fixed: 'Shelling continued near Dnipro on Monday.'},
  {text: 'Prime Minister Pham Minh Chin arrived in Beijing.', fixed: 'Prime Minister Pham Minh Chinh arrived in Beijing.'},
  // A one-word name heard as two words.
  {text: 'In Yerevan, Pashin Yan is taking a risk.', fixed: 'In Yerevan, Pashinyan is taking a risk.'},
  {text: 'The chief of Saudi Aram co spoke first.', fixed: 'The chief of Saudi Aramco spoke first.'},
  // A surname as captions write its sounds, the Czech feminine ending on a foreign name, and a surname
  // translated word for word after a double given name.
  {text: 'The Hungarian minister Siyarto arrived late.', fixed: 'The Hungarian minister Szijjártó arrived late.'},
  {text: 'Foreign policy chief Kaja Kallasová arrived.', fixed: 'Foreign policy chief Kaja Kallas arrived.'},
  // A name turned round with its `of` dropped.
  {text: "The governor of China People's Bank spoke.", fixed: "The governor of People's Bank of China spoke."},
  // …or with its head first where the words after `of` are no name of their own (the source language's order).
  {text: 'The prime minister chaired the Council of National Security on Monday.', fixed: 'The prime minister chaired the National Security Council on Monday.'},
  // Given names rendered by their meaning, and both names translated.
  {text: 'Foreign Minister Full Moon Abdelatty arrived.', fixed: 'Foreign Minister Badr Abdelatty arrived.'},
  {text: 'The MHP leader State Bahçeli spoke.', fixed: 'The MHP leader Devlet Bahçeli spoke.'},
  {text: 'Prime Minister Peter Violet said no.', fixed: 'Prime Minister Petr Fiala said no.'},
  {text: 'Chancellor Frederick Merz spoke.', fixed: 'Chancellor Friedrich Merz spoke.'},
  // Both names as they come back through Russian: `U` for `W`, `kh` for the German `ch`.
  {text: 'Envoy Stiv Uitkoff arrived.', fixed: 'Envoy Steve Witkoff arrived.'},
  {text: 'Chancellor Fridrikh Merts spoke.', fixed: 'Chancellor Friedrich Merz spoke.'},
  // A four-letter surname a letter off after an office, both names slipped with the surname three edits off,
  // the Russian genitive of a surname named in full, and a name whose joiners changed with its order.
  {text: 'Chancellor Mertz arrived in Paris.', fixed: 'Chancellor Merz arrived in Paris.'},
  {text: 'Prime Minister Georgia Maloney spoke.', fixed: 'Prime Minister Giorgia Meloni spoke.'},
  {text: 'Dmitry Peskov spoke. According to Peskova, talks go on.', fixed: 'Dmitry Peskov spoke. According to Peskov, talks go on.'},
  {text: 'The Office for Control of Foreign Assets listed it.', fixed: 'The Office of Foreign Assets Control listed it.'},
  // A Chinese family name as English ears write the pinyin.
  {text: 'Indian leaders met Shi Jinping in Tianjin.', fixed: 'Indian leaders met Xi Jinping in Tianjin.'},
  // A name turned round with a plural for a singular.
  {text: 'Bankers from the Russian Fund of Direct Investments arrived.', fixed: 'Bankers from the Russian Direct Investment Fund arrived.'},
  // The soft sign written as an apostrophe in an East Slavic name.
  {text: 'Spokesman Pes\'kov declined to comment.', fixed: 'Spokesman Peskov declined to comment.'},
  // A name turned round with a nationality for its country.
  {text: 'The Indian Reserve Bank cut rates.', fixed: 'The Reserve Bank of India cut rates.'},
  // A given name put into English, with a slip in the surname.
  {text: 'The fund is run by Cyril Dimitriev, who joined the talks.', fixed: 'The fund is run by Kirill Dmitriev, who joined the talks.'},
  // A Chinese name turned round, and a Korean name romanised another way.
  {text: 'Trump will meet Jinping Xi in Busan.', fixed: 'Trump will meet Xi Jinping in Busan.'},
  {text: 'In Seoul, President Yi Jae-myeong signed the budget.', fixed: 'In Seoul, President Lee Jae-myung signed the budget.'},
  // …the person whose name it is in another romanisation, not someone a letter away (the director Lee Chang-dong).
  {text: 'At the briefing in Seoul, Lee Chang-yong took questions on housing loans.', fixed: 'At the briefing in Seoul, Rhee Chang-yong took questions on housing loans.'},
  // A Ukrainian named by the Russian form of the given name; Western European given names in English.
  {text: 'Ombudsman Dmitry Lubinets confirmed the exchange.', fixed: 'Ombudsman Dmytro Lubinets confirmed the exchange.'},
  {text: 'Before the final, coach George Jesus spoke to reporters.', fixed: 'Before the final, coach Jorge Jesus spoke to reporters.'},
  // A surname heard as a short word and a lower-case rest, and `bin` heard as `been`.
  {text: 'in the studio Yuri a shakov said the talks were useful', fixed: 'in the studio Yuri Ushakov said the talks were useful'},
  {text: 'He met Mohammed been Salman in Riyadh.', fixed: 'He met Mohammed bin Salman in Riyadh.'},
  // Given names turned into their English equivalents.
  {text: 'On Monday President Peter Paul signed the law.', fixed: 'On Monday President Petr Pavel signed the law.'},
  // A translated surname put right in the spelling its given name is written in.
  {text: 'In Ankara, Özgür Special called for early elections.', fixed: 'In Ankara, Özgür Özel called for early elections.'},
  // The last word of a long name one letter from an ordinary word, and a surname whose `h` only lengthens a vowel.
  {text: 'Later Crown Prince Mohammed bin Salmon hosted the summit.', fixed: 'Later Crown Prince Mohammed bin Salman hosted the summit.'},
  {text: 'In Ankara, Johann Vadefuhl met his counterpart.', fixed: 'In Ankara, Johann Wadephul met his counterpart.'},
  // A surname on its own a letter from the surname of someone the article names in full.
  {text: 'Governor Aleš Michl kept rates on hold. Michel also spoke about the budget.', fixed: 'Governor Aleš Michl kept rates on hold. Michl also spoke about the budget.'},
  // A surname that means a compound, translated as two words.
  {text: 'Energy Minister Alparslan Flag Bearer signed the deal.', fixed: 'Energy Minister Alparslan Bayraktar signed the deal.'},
  // A family name translated word for word in a name written family name first.
  {text: 'Foreign Minister King Yi met the envoy.', fixed: 'Foreign Minister Wang Yi met the envoy.'},
  // The person's own title before a slipped given name, next to a surname that is also a given name.
  {text: 'On Sunday President Maya Sandu voted in Chisinau.', fixed: 'On Sunday President Maia Sandu voted in Chisinau.'},
  // Both names slipped, though the given name is someone else's.
  {text: 'Fund governor Yasser Al-Rumayan spoke first.', fixed: 'Fund governor Yasir al-Rumayyan spoke first.'},
  // An ordinary word one letter from a curated surname after the person's given name; r/l after a title.
  {text: 'Gazprom chief Alexei Miler said exports rose.', fixed: 'Gazprom chief Alexei Miller said exports rose.'},
  {text: 'Later Secretary of State Lubio arrived in Geneva.', fixed: 'Later Secretary of State Rubio arrived in Geneva.'},
  // A garble whose last word keeps its capital, whatever the case of the others.
  {text: 'Shares of savings Bank rose on Monday.', fixed: 'Shares of Sberbank rose on Monday.'},
  // A Turkish spelling left in a translation.
  {text: 'Erdogan met Ahmed Şara in Ankara.', fixed: 'Erdogan met Ahmed al-Sharaa in Ankara.'},
  // A Polish nasal vowel written as it sounds.
  {text: 'Striker Krzysztof Piontek scored twice.', fixed: 'Striker Krzysztof Piątek scored twice.'},
  // Both names slipped, each a letter or a sound away.
  {text: 'The minister called Kaya Kalas on Tuesday.', fixed: 'The minister called Kaja Kallas on Tuesday.'},
  // A name written family name first, with a slip in the given name.
  {text: 'On Friday President Xi Jingping received the envoy.', fixed: 'On Friday President Xi Jinping received the envoy.'},
  // A surname heard as a word and a short lower-case word.
  {text: 'The envoy Dan Driss coal flew to Abu Dhabi.', fixed: 'The envoy Dan Driscoll flew to Abu Dhabi.'},
  // A Chinese given name cut into its syllables by captions.
  {text: 'Vice Premier He Li feng led the delegation.', fixed: 'Vice Premier He Lifeng led the delegation.'},
  // A city's Turkish name left in a translation.
  {text: 'The convoy finally reached Gazze at dawn.', fixed: 'The convoy finally reached Gaza at dawn.'},
  // `bin` translated as `son of`.
  {text: 'Crown Prince Mohammed son of Salman received the delegation.', fixed: 'Crown Prince Mohammed bin Salman received the delegation.'},
  // A surname translated alone before a verb of saying, where the article gave the person so with the given name, or
  // named the person in a known wrong form.
  {text: 'In Ankara, Hakan Sapling met the envoys. Sapling said the talks would go on.', fixed: 'In Ankara, Hakan Fidan met the envoys. Fidan said the talks would go on.', messages: 2},
  {text: 'Finance Minister Mehmet Lightning spoke first. Lightning wrote that the plan works.', fixed: 'Finance Minister Mehmet Simsek spoke first. Simsek wrote that the plan works.', messages: 2},
  // Another language's acronym of an international body, kept by translation.
  {text: 'Inspectors of the AIEA reached the plant as the OMS warned of cholera.', fixed: 'Inspectors of the IAEA reached the plant as the WHO warned of cholera.', messages: 2},
  // …and the particles of Romance and Germanic names, also in a surname of several words that stands alone.
  {text: 'A letter from Ursula of the Leyen reached the ministers.', fixed: 'A letter from Ursula von der Leyen reached the ministers.'},
  {text: 'In Brasília, Lula of the Silva signed the decree.', fixed: 'In Brasília, Lula da Silva signed the decree.'},
  // A surname heard as a short lower-case word and a capitalised rest.
  {text: 'Asked about the derby, Simone in Zaghi smiled.', fixed: 'Asked about the derby, Simone Inzaghi smiled.'},
  // A given name with a slip of its own next to a near miss of the surname: both are put right.
  {text: 'Tokyo said Sanay Takeichi would not withdraw the remarks.', fixed: 'Tokyo said Sanae Takaichi would not withdraw the remarks.'},
  // A slipped given name next to a surname that is also a given name, where the article names the person properly elsewhere.
  {text: 'Fans waited for Cristiano. Later, Christiana Ronaldo scored twice.', fixed: 'Fans waited for Cristiano. Later, Cristiano Ronaldo scored twice.'},
  // A translated surname after an institution's name.
  {text: 'Speaking for the Ministry of Foreign Affairs, Heorhii Quiet called the visit useful.', fixed: 'Speaking for the Ministry of Foreign Affairs, Heorhii Tykhyi called the visit useful.'},
  {text: 'Angola sent Joao Lorenso to the summit in Luanda.', fixed: 'Angola sent João Lourenço to the summit in Luanda.'},
  // …and a given name in another romanisation of the same sounds before a slipped surname: the whole name as the person writes it.
  {text: 'On the ferry to Baku sat Djeyhun Bairamov and his deputies.', fixed: 'On the ferry to Baku sat Jeyhun Bayramov and his deputies.'},
  {text: 'A letter from Juri Uschakow reached the embassy on Friday.', fixed: 'A letter from Yuri Ushakov reached the embassy on Friday.'},
  {text: 'The army delegation under Den Driskol flew home.', fixed: 'The army delegation under Dan Driscoll flew home.'},
  {text: 'Talks with Benjamin Nitinyaho resumed in the evening.', fixed: 'Talks with Benjamin Netanyahu resumed in the evening.'},
  {text: 'The fund is run by Kirill Dmitri ef these days.', fixed: 'The fund is run by Kirill Dmitriev these days.'},
  {text: 'The pass found Kalidou Coolie Baly at the far post.', fixed: 'The pass found Kalidou Koulibaly at the far post.'},
  {text: 'Germany was represented by Johann Wade Ful at the summit.', fixed: 'Germany was represented by Johann Wadephul at the summit.'},
  // Discouraged transliterations and former names.
  {text: 'The mayor of Kiev spoke on television.', fixed: 'The mayor of Kyiv spoke on television.'},
  {text: 'Troops advanced near Kharkov and Lugansk.', fixed: 'Troops advanced near Kharkiv and Luhansk.', messages: 2},
  {text: 'Police in Lvov made arrests.', fixed: 'Police in Lviv made arrests.'},
  {text: 'Kirill Budanov said the attack was repelled.', fixed: 'Kyrylo Budanov said the attack was repelled.'},
  {text: 'Mikhail Podolyak wrote on social media.', fixed: 'Mykhailo Podolyak wrote on social media.'},
  {text: 'The agency ITAR-TASS reported it.', fixed: 'The agency TASS reported it.'},
  {text: 'The National Front won seats.', fixed: 'The National Rally won seats.'},
  {text: 'The Brookings Institute published a report.', fixed: 'The Brookings Institution published a report.'},
  // Known garbles.
  {text: 'The Komsomol Truth ran the story.', fixed: 'The Komsomolskaya Pravda ran the story.'},
  {text: 'Anthony Blinken met his counterpart.', fixed: 'Antony Blinken met his counterpart.'},
  // Near misses by spelling (one edit).
  {text: 'Mikhail Mishustn chaired the meeting.', fixed: 'Mikhail Mishustin chaired the meeting.'},
  {text: 'Elvira Nabiulina kept rates on hold.', fixed: 'Elvira Nabiullina kept rates on hold.'},
  {text: 'Maria Zaharova said the talks would go on.', fixed: 'Maria Zakharova said the talks would go on.'},
  {text: 'Dmytro Kouleba flew to Warsaw.', fixed: 'Dmytro Kuleba flew to Warsaw.'},
  {text: 'Kyrylo Budanof said the attack was repelled.', fixed: 'Kyrylo Budanov said the attack was repelled.'},
  {text: 'Foreign Minister Lavrof met his counterpart.', fixed: 'Foreign Minister Lavrov met his counterpart.'},
  {text: 'Mohammed bin Salmann spoke at the forum.', fixed: 'Mohammed bin Salman spoke at the forum.'},
  // Near misses by sound (two edits, same sound key).
  {text: 'Valery Gerasymow visited the front.', fixed: 'Valery Gerasimov visited the front.'},
  // Multi-word names with one garbled middle word.
  {text: 'The Carnegie Endowment for Internatonal Peace published a paper.', fixed: 'The Carnegie Endowment for International Peace published a paper.'},
  {text: 'The Bank for Internatinal Settlements warned of risks.', fixed: 'The Bank for International Settlements warned of risks.'},
  {text: 'Kim Jonh Un watched the launch.', fixed: 'Kim Jong Un watched the launch.'},
  {text: 'Luiz Inacoi Lula da Silva spoke.', fixed: 'Luiz Inácio Lula da Silva spoke.'},
  // Surnames translated word for word, with the dictionary's meanings.
  {text: 'Dmitry Bear said the talks would continue.', fixed: 'Dmitry Medvedev said the talks would continue.'},
  {text: 'Leonid Wolves criticised the verdict.', fixed: 'Leonid Volkov criticised the verdict.'},
  {text: 'Oleg Eagles spoke at the rally.', fixed: 'Oleg Orlov spoke at the rally.'},
  {text: 'Taras Duck led the trade talks.', fixed: 'Taras Kachka led the trade talks.'},
  {text: 'Vitaliy Smith attended the briefing.', fixed: 'Vitaliy Koval attended the briefing.'},
  // A surname heard as one word, the given name as the person writes it, one word of the role near.
  {text: 'NATO chief Mark root said the alliance is ready.', fixed: 'NATO chief Mark Rutte said the alliance is ready.'},
  // …or after a given name only one curated person has: no role needed.
  {text: 'The selectors rested Jasprit boom rah for the tour.', fixed: 'The selectors rested Jasprit Bumrah for the tour.'},
  // A particle in the person's own name: the surname after another particle is still theirs, a letter off.
  {text: 'The Saudi minister Faisal ben Farhane arrived.', fixed: 'The Saudi minister Faisal bin Farhan arrived.'},
  // A given name with the person's consonants spelled another way, or an English name come back through Russian.
  {text: 'Governor Christy Noem spoke.', fixed: 'Governor Kristi Noem spoke.'},
  // A Central Asian or Azerbaijani name in the Turkish alphabet, and its surname alone later on.
  {text: 'The summit in Astana opened with Sadır Caparov. Then Caparov left.', fixed: 'The summit in Astana opened with Sadyr Japarov. Then Japarov left.', messages: 2},
  {text: 'Shavkat Mirziyoyev was greeted by Kasım Cömert Tokayev.', fixed: 'Shavkat Mirziyoyev was greeted by Kassym-Jomart Tokayev.'},
  // A name one transliterated sound away: a voiced consonant for a voiceless one, `ks` for `x`, `Sh` for pinyin's `X`.
  {text: 'Clients of Gasprombank moved their deposits, Interfaks reported, citing Shinhua.', fixed: 'Clients of Gazprombank moved their deposits, Interfax reported, citing Xinhua.', messages: 3},
  // A discouraged one-word form heard as two words in a caption.
  {text: 'the shelling in the Don bass went on overnight', fixed: 'the shelling in the Donbas went on overnight'},
  // A foreign outlet's or bank's name translated word for word.
  {text: 'According to the newspaper Businessman, the deal is close.', fixed: 'According to the newspaper Kommersant, the deal is close.'},
  // An Arabic name in the French romanisation.
  {text: 'Crown Prince Mohammed ben Salmane received the envoy.', fixed: 'Crown Prince Mohammed bin Salman received the envoy.'},
  {text: 'President Abdel Fattah as-Sisi opened the summit.', fixed: 'President Abdel Fattah al-Sisi opened the summit.'},
  // A Chinese name that came through Russian, in the Palladius system's letters.
  {text: 'In Tyantszin, Si Tszinpin received Van I on Monday.', fixed: 'In Tianjin, Xi Jinping received Wang Yi on Monday.', messages: 3},
  // A Taiwanese name, which its bearer writes in Wade–Giles, written in pinyin.
  {text: 'State media again attacked Lai Qingde over the drills.', fixed: 'State media again attacked Lai Ching-te over the drills.'},
  // A proper adjective that a curated surname means, after the person's given name.
  {text: 'In Budapest, Péter Hungarian leads the polls.', fixed: 'In Budapest, Péter Magyar leads the polls.'},
  // A Slavic name transliterated the German way, after a title and alone; a Polish name through Russian letters.
  {text: 'Chancellor Merz called President Selenskyj. Later, Selenskyj thanked him.', fixed: 'Chancellor Merz called President Zelensky. Later, Zelensky thanked him.', messages: 2},
  {text: 'The opposition leader Jaroslav Kachinsky spoke.', fixed: 'The opposition leader Jarosław Kaczyński spoke.'},
  // A surname that is also a given name, translated into English with it (Pavel → Paul).
  {text: 'The Czech president, Petr Paul, refused to sign.', fixed: 'The Czech president, Petr Pavel, refused to sign.'},
  // A company's name one voiced sound away at its first letter.
  {text: 'The tire supplier Birelli capped each set at 25 laps.', fixed: 'The tire supplier Pirelli capped each set at 25 laps.'},
  // A Western name's `Shei` heard as `Shi`; a Chinese family name heard as a short English word before a curated given name.
  {text: 'The president called President Shinebaum on Monday.', fixed: 'The president called President Sheinbaum on Monday.'},
  {text: 'will the president meet she jinping in April', fixed: 'will the president meet Xi Jinping in April'},
  // An outlet's title translated word for word, after a noun for an outlet or set off before one.
  {text: 'He spoke to the newspaper Latest News on Sunday.', fixed: 'He spoke to the newspaper Yedioth Ahronoth on Sunday.'},
  // A surname translated after a given name that is also a city's name; the meaning listed in the plural, written in the singular.
  {text: 'On his evening show, host Vladimir Nightingale praised the visit.', fixed: 'On his evening show, host Vladimir Solovyov praised the visit.'},
  // An English `ow` in Russian letters, the surname one several curated people share.
  {text: 'The Fed chair, Jerome Pauell, kept rates on hold.', fixed: 'The Fed chair, Jerome Powell, kept rates on hold.'},
  // A body's name whose first word names nothing else, the rest heard as other words.
  {text: 'The fans filled the Spotify camp now for the derby.', fixed: 'The fans filled the Spotify Camp Nou for the derby.'},
  // A country's name one letter off.
  {text: 'Exports from Kazakhistan and Uzbekistn rose.', fixed: 'Exports from Kazakhstan and Uzbekistan rose.', messages: 2},
  // A discouraged name of one word opening a compound.
  {text: 'A Kiev-based analyst spoke at the Kiev-Mohyla Academy.', fixed: 'A Kyiv-based analyst spoke at the Kyiv-Mohyla Academy.', messages: 2},
  // German `ch` after a vowel for `kh`, a feminine `-owa`.
  {text: 'The spokeswoman, Marija Sacharowa, said so.', fixed: 'The spokeswoman, Maria Zakharova, said so.'},
  // A German or French `au` heard as `ow` at a surname's end.
  {text: 'Deputy Secretary Christopher Landow arrived.', fixed: 'Deputy Secretary Christopher Landau arrived.'},
  // German `Sj` for `Zy` and a doubled `ss` between vowels.
  {text: 'Sjuganow called the vote fair, and Kossatschow agreed.', fixed: 'Zyuganov called the vote fair, and Kosachev agreed.', messages: 2},
  // A Ukrainian's surname in Russian letters, with the given name in either form (`Alexander` only beside such a surname).
  {text: 'Prosecutor Alexander Klimenko and governor Oleg Synegubov spoke.', fixed: 'Prosecutor Oleksandr Klymenko and governor Oleh Synehubov spoke.', messages: 2},
  // A surname translated into a word that names places too (`Garden`), where the curated namesake's surname means it.
  {text: 'Lviv mayor Andriy Garden opened the shelters.', fixed: 'Lviv mayor Andriy Sadovyi opened the shelters.'},
  // A Romance given name before an English word that a curated namesake's surname means.
  {text: 'Lisbon mayor Carlos Coins opened the line.', fixed: 'Lisbon mayor Carlos Moedas opened the line.'},
  // Portuguese `de` rendered as `from`, `e` between two surnames as `and`.
  {text: 'President Marcelo Rebelo from Sousa met Admiral Gouveia and Melo.', fixed: 'President Marcelo Rebelo de Sousa met Admiral Gouveia e Melo.', messages: 2},
  // A Chinese given name split in two: its second half is no slipped surname elsewhere (`Xie Feng`).
  {text: 'Vice Premier He Li Feng joined the call.\n\nAmbassador Xie Feng Meets Business Leaders\n', fixed: 'Vice Premier He Lifeng joined the call.\n\nAmbassador Xie Feng Meets Business Leaders\n'},
  // A surname's `-off` heard as `cough` after the person's given name.
  {text: 'We deal with many people. Steve Wit cough and Jared have met with President Putin.', fixed: 'We deal with many people. Steve Witkoff and Jared have met with President Putin.'},
  // A body's one-word name heard as two ordinary words in lower case, a letter off, where the article names the body right.
  {text: 'The plant is built by Rosatom. an engineer from rose atom said it would open in May.', fixed: 'The plant is built by Rosatom. an engineer from Rosatom said it would open in May.'},
  // A surname heard as two words on the caption line after its given name: the suggestion keeps the timestamp.
  {text: 'welcome back to Johannesburg where President Cyril\n0:11\nRama posa is about to speak', fixed: 'welcome back to Johannesburg where President Cyril\n0:11\nRamaphosa is about to speak'},
  {text: 'The Echoes, the business daily, reported a deficit.', fixed: 'Les Echos, the business daily, reported a deficit.'},
  // A surname slipped beside the given name, alone in a headline above it.
  {text: 'Coalition Waits Before Navrotsky Takes Office\n\nThe historian Karol Navrotsky won the runoff.', fixed: 'Coalition Waits Before Nawrocki Takes Office\n\nThe historian Karol Nawrocki won the runoff.', messages: 2},
  // A mainland Chinese name in the Wade–Giles romanisation.
  {text: 'Premier Li Qiang and Vice Premier Ting Hsueh-hsiang opened the fair.', fixed: 'Premier Li Qiang and Vice Premier Ding Xuexiang opened the fair.'},
  {text: 'The talks were led by Hsi Chin-p\'ing himself.', fixed: 'The talks were led by Xi Jinping himself.'},
  // A Japanese name in the Kunrei romanisation; a name written solid, split at its particle.
  {text: 'The research team in Tukuba reported the results.', fixed: 'The research team in Tsukuba reported the results.'},
  {text: 'Prime Minister Sanae Takaiti spoke.', fixed: 'Prime Minister Sanae Takaichi spoke.'},
  {text: 'AI pioneer Yann Le Cun left Meta.', fixed: 'AI pioneer Yann LeCun left Meta.'},
  // A place's Russian form that is also a curated person's surname alone: the place, with no person's context.
  {text: 'Russian missiles hit Nikolaev overnight.', fixed: 'Russian missiles hit Mykolaiv overnight.'},
  {text: 'Envoy Dzhared Kushner arrived.', fixed: 'Envoy Jared Kushner arrived.'},
  // A surname heard as other words, the person named in full elsewhere in the article.
  {text: 'Kevin Hassett spoke on Sunday. In the afternoon Kevin has it told reporters that rates would fall.', fixed: 'Kevin Hassett spoke on Sunday. In the afternoon Kevin Hassett told reporters that rates would fall.'}
]

/** Word-for-word translated surnames of people the dictionary does not know: flagged, no suggestion. */
const translatedUnknown: Array<{text: string; actual: string}> = [
  {text: 'Nikolai Hammer told reporters the plan would fail.', actual: 'Nikolai Hammer'},
  {text: 'Olga Bread declined to comment.', actual: 'Olga Bread'},
  {text: 'Ahmed Lion said no.', actual: 'Ahmed Lion'},
  // After a double given name.
  {text: 'Vice President Mohammad Reza Mystic spoke first.', actual: 'Reza Mystic'}
]

const valid: string[] = [
  // A treaty named after a city that is also a given name; a family-first name in a Title Case headline.
  'Lebanon returned to the Taif Agreement of 1989.\n\nLee Stresses Alliance With Washington\n',
  // German surnames of German people, and German spellings of German places, are no Slavic names transliterated.
  // A longer name that opens with the translated form is someone else's.
  'The painting is attributed to Petr Paul Novotny, a local artist.',
  // A company after a noun for a company is no slip of a person's surname; a surname the article gives someone it does not
  // know, beside a curated person one letter away.
  'The refinery is built with the Russian group Yadran.',
  // A pronoun before a given name no Chinese leader bears.
  'Later she Jennifer and I went to the market.',
  // The same words as ordinary English, with no noun for an outlet beside them.
  'The latest news from the front is grim, and the echoes of the blasts carried far.',
  // A city that is also a given name, before a word a place's name takes.
  'The drones struck a depot in Vladimir Oblast and a plant near Jordan River.',
  // …in a list whose other item is in lower case; a Chinese given name split in a headline does not make its second half a
  // slipped surname elsewhere; an accepted name with a mark left off its capital; a curated given name alone.
  'Outages may cut output in the Dnipropetrovsk and zaporizhzhia regions.',
  'Talks at the Elysee and the Elysée palace went on. Ferran is fit again, the coach said.',
  // A renamed city's old name that names its region, in a list after `regions` and a time.
  'Power cuts hit Kyiv and several regions on Sunday, including Chernihiv, Zhytomyr and Dnipropetrovsk.',
  // A name written right, then a word.
  'The Mubadala Investment Company in Abu Dhabi invested.',
  // A surname a voiced first letter from a curated one's is another surname.
  'Justice Rufus Peckham wrote the opinion, and Peckham read it aloud.',
  // A name two letters from a country's: an airline, no slip.
  'Belavia flights to Minsk resumed.',
  // Accepted names opening compounds.
  'A Kyiv-based analyst and an Odesa-born poet spoke at the Kyiv-Mohyla Academy.',
  // An outlet's name after a word that is also a given name.
  'The official told Arab Wire that talks would go on, and a Han Press reporter asked about the Arab World.',
  // An English given name that is also the Russian form, beside the Ukrainian surname.
  'Alexander Usyk defended his titles.',
  // A Romance given name before an English word no namesake's surname means: an American's name.
  'Maria Brown and Carlos Hill met the mayor.',
  // A word in ordinary case two letters from an acronym the dictionary knows.
  'The philosopher José Ortega y Gasset wrote that book; Ortega and Gasset are often quoted.',
  // Two ordinary words that run together spell a body's name the article never names.
  'They found a black rock near the road and a rose garden.',
  // A particle written apart with a capital, a hyphen written as a space: house styles, no slips.
  'The envoy Mohamed Al Hassan briefed the council, and Kim Jong Un watched a launch.',
  'Raila Odinga died in October. His brother, Sen. Oburu Oginga, now leads the party. Oginga told reporters he would stay.',
  'Olaf Scholz met Sahra Wagenknecht and Jens Spahn in Schwerin; Markus Söder stayed in Bayreuth with Joachim Wolf.',
  // A name the dictionary has in full (`Li Auto`), and a person's name whose second word is a garble of a body's (`Wang Anshi`).
  'Shares of Li Auto rose, and the reformer Wang Anshi was quoted.',
  // A family-first name already whole, and a headline in Title Case, before capitalised ordinary words.
  '- Lavrov and Wang Yi Discussed Preparations for the Summit\n',
  // Russian and Ukrainian names and places with the letters of the Palladius system.
  'Tsvetkov flew from Khabarovsk to Yakutsk with Vera Zvonareva, and Tsipras met Zhukov in Khan Younis.',
  // An ordinary word in lower case before a name of its own is a description, not a translated title.
  'They want a fair Russia and a free Ukraine, and the Agricultural Bank of China agreed.',
  // French names, a surname that opens with `Ben`, and English given names `Ben`.
  'Charles Michel, Jean-Luc Mélenchon and Mohammed Ben Sulayem met Ben Stokes in Marseille.',
  // Turkish names in their own alphabet, and names with a `C` that is no `J`.
  'Mehmet Şimşek, Cem Özdemir and Çağlar Söyüncü met Carlos Alcaraz and Can Dündar in İstanbul.',
  // Taiwanese and Hong Kong names keep the romanisation their bearers use; a Wade–Giles name no curated mainland person has.
  'President Lai Ching-te met Hsiao Bi-khim and Chief Executive John Lee Ka-chiu in Taipei.',
  'The historian Chang Hsin-yi and the painter Wang Shih-min are studied in Taichung.',
  // …not before a surname several people share or that is a word.
  'Care Brown and Cora Smith opened the shop.',
  // A given name and a surname of their own, a letter from a curated person's whose given name only shares a vowel sound.
  'The dissenting judges, Ana Ferrer and Susana Polo, argued that the ruling was wrong.',
  // …without the title, or after a title the person does not hold, it may be someone else.
  'Fatih Kahraman, a banker from Izmir, spoke first, and Senator Fatih Kahraman spoke next.',
  // A title or an abbreviation is no given name that sounds like someone's (`Dr.` is no slip of Đuro).
  "The prime minister met Dr. Majed al-Ansari, the prime minister's adviser, in Doha.",
  // The same word as a name of its own, or with an article, or with the person not named: the word stays.
  'Hakan Fidan arrived. Bush said the plan was fine, and the sapling said nothing.',
  'Sapling said the plan was fine.',
  // A surname written with its accents is no name heard as other words (a person's role in the sentence or not).
  'The Supreme Court ordered former minister José Luis Ábalos held, and the court later freed him.',
  // A renamed city's old name in a list of regions: the regions keep it.
  'Strikes hit five regions, among them Kharkiv, Dnipropetrovsk and Odesa.',
  // A place's name before `district` or `village` is no person's surname a letter off.
  'A drone struck a car in the Polohy district on Sunday.',
  // A longer name that starts so.
  'The Japan Bank for International Cooperation lent the money.',
  // A name and a short word, or a given name and an ordinary one.
  'Al-Hilal a win away, fans said. Ross said the oil price fell.',
  // Handles and hashtags are addresses, not names.
  'He posted on X as @ZelenskyyUa and followed @Lavroff and #Zelenskyy.',
  // A surname English knows as a name after an English given name is another person (not a slip of Robert Davis or John Kerry).
  'Robert Davies chaired the panel, and John Kerr and David Barker asked questions.',
  // Demonyms are no near misses of surnames (`Emirati` is no slip of Murati).
  'The Emirati and Nepali delegations met the Kosovar envoy.',
  // The name with its own diacritics, or without any (the plain-ASCII variant).
  'President Recep Tayyip Erdoğan met Pierre Poilievre; Erdogan spoke first.',
  // A title for an office the near-named person does not hold, or an English surname with another first letter:
  // someone else (not Justice Barroso, the chief executive Jean-Marc Chery, or the Fed's Tom Barkin).
  'Senator Barrasso’s bill passed; Captain Cherrey was decorated; Tom Harkin retired.',
  // Accepted variants and diacritics.
  'Volodymyr Zelenskyy met Recep Tayyip Erdoğan in Ankara.',
  // Korean names in house styles that differ in hyphens, spaces or case only; a short Chinese given name
  // before a family name may be someone in Western order; an English given name before another surname.
  'Kim Jong-un watched the launch, and Lee Jae Myung spoke in Seoul.',
  'The researcher Qiang Li and the chemist Yi Wang wrote the paper.',
  'Cyril Ramaphosa spoke to Cyril Dmitri, a reporter.',
  // A surname that sounds like a curated one after a different given name.
  'Heinrich Merts and Anna Navrotsky wrote the report.',
  // A renamed city's old name still names its region.
  'Power cuts hit the Kyiv, Odesa and Dnipropetrovsk regions.',
  // Ordinary words the dictionary derives with a prefix (`re-port`), a letter or two from a curated surname.
  'Report\n\nThe annual report was published on Monday. Deport orders rose.',
  // A company one letter from the surname of someone named in full, and a surname that is a rarer English word.
  'Akio Toyoda spoke at the plant. Toyota shares rose.',
  'The lab sold boric acid, and Gabriel Boric visited it.',
  // A rare English word after a given name is a real surname that happens to spell it.
  'The film by Joachim Trier won, and Sadettin Saran spoke for the club.',
  // A name and a short word, names written in two words on purpose, and a given name near a company's name.
  'Qatar is a partner, Iraq is another, and Al Jazeera reported from Hai Phong and Abu Dhabi.',
  'The flight attendant Hermis Moutardier stopped him.',
  // Ordinary words that a garble of a name is made of, in British spelling and lower case.
  'They built a big theatre near the palace of festivals.',
  // Czech and Slovak women's surnames, and a near miss of a French surname that is someone's given name.
  'Markéta Pekarová Adamová and Zuzana Čaputová spoke, and Hadiya Pendleton was remembered.',
  // Names of banks in their own order.
  'The Bank of China and China Construction Bank rose, and so did the Development Bank of Japan.',
  // The meaning of a given name as an ordinary word, and an English given name before a real surname.
  'The state of the talks worried Abdelatty, and Frederick Douglass and Mark Forest were named.',
  // `Mr` says nothing of who someone is; a wife's name; a name after `The` in its own order.
  'Mr Mertz, a baker, spoke. Vladimir Putin arrived with Lyudmila Putina. The Reserve Bank of India met.',
  // Another family name before a curated given name.
  'Wang Yi met the scholar Shi Yi in Beijing.',
  // Places in either order, and a plural of departments with one accepted form in the written order.
  'The City of New York sued, and the Departments of Homeland Security and Justice replied.',
  // A name with a diacritic that a curated name a letter or two away lacks is another language's name written right.
  'The base camp will be chosen after the draw, Völler said on Friday.',
  // A difference of case alone is no garble; a renamed city's old name after `regional officials in` is the region's.
  'Egypt was represented by Abdel Fattah El-Sisi, and regional officials in Dnipropetrovsk reported damage.',
  // A rare word in a given name's place before a name with a diacritic; a word before a holiday.
  'The director of the institute, Esper Kallás, said the factory was ready before the Sallah holiday.',
  // The title of a work opened by `The` in mid-sentence is no name turned round.
  'The prize went to the lead actress of The Sun Rises on Us All on Friday.',
  // A title with `of` before a name is no particle translated.
  'The Prince of Wales and the Duke of Edinburgh met the Queen of Denmark.',
  // A name said with its head first and the rest after `of` is English too.
  'The motion now goes to the General Assembly of the United Nations in the autumn.',
  // An apostrophe that is the name's own, and contractions.
  'Foreign Minister Gideon Sa\'ar spoke, and We\'re sure it\'ll rain.',
  // A nationality before an institution's name that is accepted that way.
  'The Russian Central Bank held rates, and the Reserve Bank of India met.',
  // The English `X Ministry` for `Ministry of X`.
  'The External Affairs Ministry said the visit would go ahead.',
  // A curated surname after a given name one of its own people has.
  'Glencore chief Gary Nagle spoke in Baar.',
  'Recep Tayyip Erdogan spoke in Istanbul.',
  'Zelenskiy said Kyiv would respond.',
  'Dmitri Peskov declined to comment.',
  'Luiz Inácio Lula da Silva visited Brasília.',
  'Mohammed bin Salman met Ahmed al-Sharaa in Riyadh.',
  // Taiwanese given names are hyphenated, and a single-syllable given name is not cut.
  'Lai Ching-te and Li Qiang spoke by phone.',
  // Chinese names in full, a family name that is an English word, and a company.
  'Premier Li Qiang and Vice Premier He Lifeng spoke; He Said Group was not named.',
  // A garble written as a description, and a near miss after a given name that is not the person's.
  'The Russian newspaper Kommersant reported it first.',
  'Defender Emeric Laporte scored in the second half.',
  // Both people named in full, and a wife's name.
  'Charles Michel and Aleš Michl met in Brussels. Michel spoke first.',
  'Vladimir Putin arrived with Lyudmila Putina. Putina smiled.',
  // Two real names, each a letter from a curated person's, but not the same person's.
  'Maria Callas sang in Milan, and Mark Carney spoke in Ottawa.',
  // Korean names in three words, and their hyphenated forms.
  'Yoon Suk Yeol and Lee Jae-myung met; Kim Jong Un did not.',
  // A pronoun after a given name in a transcript is no translated surname.
  'thank you dear Faisal I am very happy to be here',
  // An English given name that opens a longer name.
  'The museum bought a Peter Paul Rubens sketch.',
  // A given name that is someone else's surname, inside a longer name.
  'Speaker Mohammad Bagher Ghalibaf opened the session.',
  // A facility named after a king, and a curated surname as the second word.
  'The final was played at King Abdullah Sports City in Jeddah.',
  'Prime Minister Kristen Michal met Aleš Michl in Prague.',
  // A slipped given name next to a common surname, with nothing else in the article: maybe another person.
  'Sara Ahmed opened the exhibition.',
  'Ursula von der Leyen and Charles de Gaulle airport.',
  'Wang Yi met Kim Jong Un in Pyongyang.',
  'Benjamin Netanyahu spoke with Emmanuel Macron and Keir Starmer.',
  'Interfax and RIA Novosti reported the news.',
  'The TASS agency and Tass reported it.',
  // Correct names the dictionary does not know.
  'Tomasz Wiśniewski met Jiří Dvořák and Bjørn Haugland in Łódź.',
  'Nguyen Van Thanh and Tran Thi Hoa signed the letter.',
  'Bongani Mthembu, Chukwuemeka Okafor and Kwame Asante spoke.',
  'Ruslan Gabdrakhmanov and Timur Zhaksylykov met.',
  'Yekaterina Schulmann, Tatiana Stanovaya and Kirill Rogov commented.',
  'Wojciech Przybylski, Grzegorz Schetyna and Agnieszka Brugger spoke.',
  'Tymur Kovalchuk and Oleksandr Horbenko spoke in Kharkiv.',
  // Real surnames close to curated ones.
  'Aleksandr Ivanov, Irina Ivanova and Natalia Peskova spoke.',
  // Surnames that are also words, after English given names.
  'Bill Gates, Steve Jobs, Theresa May, Condoleezza Rice and John Smith attended.',
  // A given name before a street, a document, a theatre, a month or a weekday.
  'They walked down Ivan Street to the German Visa office near the Maria Theatre.',
  'Ivan Street was closed. Olga Square was busy.',
  'Maria March, Anna June and Pavel August signed.',
  'Nikita Friday met Sergei Sunday.',
  'Anna Kelly said Monday was quiet.',
  // Ordinary words and all caps.
  'PUTIN MEETS ZELENSKY IN ISTANBUL',
  'He played a trump card at the end.',
  // Words after a given name that sound like a curated person's surname, with no word of the person's role near.
  'Mark let it be known that he would stay. Kevin has it in writing, the director said.',
  'Carroll Dmitriev flew to Miami for a holiday. Andre your mac resigned on Friday.',
  // A particle written apart from the name it opens (`Almarar` is the same name run together).
  'Minister of State Khalifa Shaheen Al Marar met the envoy.',
  // A run of capitalised words that straddles a name written right is not that name turned round.
  'The heads of State of the Commonwealth of Independent States met in Dushanbe.',
  // A renamed city's old name in a list of the regions named after it.
  'Drones hit Vinnytsia, Kirovohrad and Cherkasy regions overnight.',
  // The same names in English order, and separated by a comma in a list.
  'Satsuki Katayama met Kazuo Ueda; the list read Ueda, Kazuo.',
  // The name written right beside the role; a spelling the dictionary accepts for the person.
  'Jerome Powell, the chair of the Federal Reserve, spoke. Vladimir Medinskiy led the Russian delegation as presidential aide.',
  'Follow #russia and @trump or visit russia.com for more.',
  // A name the sentence splitter cuts after `U.S.` is still the name, not a garble of itself.
  'Negotiators from the Office of the U.S. Trade Representative flew to Ottawa.',
  // A word after a surname is the second surname, not a near miss of a league's or a company's name.
  'The race in Lima now pits Rafael López Aliaga against the incumbent.',
  // A surname that spells a rare agent noun (`harmer`) of a frequent verb is no translated surname.
  'The tourists picked the off-spinner Simon Harmer for the second match.',
  // …but not after another person's given name (`Marco` is Rubio's, not a form of Mark Rutte's).
  'Mark Rutte arrived first. Marco all the delegates then took their seats.',
  // No surname is heard as a verb of saying or as one function word.
  'The Belgian prime minister Bart very much wanted a deal.',
  "Ethiopia's finance chief Ahmed said the budget was ready.",
  // A place after its kind and `of`; a name of its own beside a particle; a given name the article writes before a surname.
  'Families in the electorate of Farrer pay more.',
  'Grandmaster Jorden van Foreest won the game.',
  'Ferran Torres scored first, and later Ferran scored again.',
  // Function words alone are no surname heard as words unless the article names the person in full.
  'The chief executive of the company said the servers would stay in France and that no data would leave.',
  // Particles that are a way to write a name; Hepburn already.
  'Senator Van Hollen met Mohamed El Erian, and officials in Shizuoka and Sapporo met Takaichi.',
  // …the person, before a verb of saying; a monument after a given name is no translated surname.
  'Nikolayev said the republic would comply. Delegates visited the Ho Chi Minh Mausoleum in Hanoi.'
]

/** One person spelled two accepted ways: an info hint with the first spelling as suggestion. */
const hints: Array<{text: string; actual: string; expected: string}> = [
  {text: 'Sergei Shoigu arrived. Sergei Shoygu left an hour later.', actual: 'Shoygu', expected: 'Shoigu'},
  {text: 'Oleg Tinkoff and Oleg Tinkov are one man.', actual: 'Tinkov', expected: 'Tinkoff'},
  {text: 'Gen. Syrskyi met troops. Oleksandr Syrsky later spoke.', actual: 'Syrsky', expected: 'Syrskyi'}
]

const knownMisses: Array<{text: string; why: string}> = [
  // A garbled middle word that is itself a known name (`Tusk`) is not aligned.
  {text: 'The Financial Action Tusk Force met in Paris.', why: 'garbled word is another known name'},
  // A lower-case near miss without a title or the person’s given name right before it.
  {text: 'The minister Lavrov met reporters. lavrof was late.', why: 'lower-case near miss without context'},
  // `Bridge` is on the list of words that follow given names in place names.
  {text: 'Oleksandr Bridge met the delegation.', why: 'translated surname that is also a place word'}
]

ruleTester(rule, {valid, invalid, knownMisses, warningsOnly: true})

describe(rule + ': more', () => {
  it.each(translatedUnknown)('flags a translated surname without a suggestion: $text', async ({text, actual}) => {
    const found = await lintRule(rule, text)
    expect(found.filter((message) => message.fatal === false).map((message) => [message.actual, message.expected])).toEqual([[actual, []]])
  })

  it.each(hints)('hints (info only) at two accepted spellings: $text', async ({text, actual, expected}) => {
    const found = await lintRule(rule, text)
    expect(found.map((message) => [message.fatal, message.actual, message.expected])).toEqual([[undefined, actual, [expected]]])
  })
})

// Generic checks added for names outside the seed's patterns: a translated particle, one word
// of a long name a letter off, romanisation variants, and two-word translations.
ruleTester(rule, {
  valid: [
    'Former minister Dominique de Villepin spoke in Paris.',
    'The Bank of England and the House of Lords met.',
    'Ahmed Central Bank officials declined to comment.'
  ],
  invalid: [
    {text: 'Former minister Dominique of Villepin spoke in Paris.', fixed: 'Former minister Dominique de Villepin spoke in Paris.'},
    {text: 'The visit of Fumio Kisida ended on Monday.', fixed: 'The visit of Fumio Kishida ended on Monday.'}
  ],
  warningsOnly: true
})

describe(rule + ': two-word translations', () => {
  it('flags a foreign given name followed by two ordinary words, without a suggestion', async () => {
    const found = (await lintRule(rule, 'Officials said Nawaf Clear Sky left early.')).filter((message) => message.fatal === false)
    expect(found.map((message) => [message.actual, message.expected])).toEqual([['Nawaf Clear Sky', []]])
  })
})

describe(rule + ': family names first', () => {
  it('gives no hint when a Chinese official is named by the family name on second reference', async () => {
    expect(await lintRule(rule, 'Spokesman Lin Jian spoke on Monday. Lin said the talks went well.')).toEqual([])
  })
})

describe(rule + ': given names translated in names written family name first', () => {
  it('flags an ordinary word after a curated family name, without a suggestion', async () => {
    const found = (await lintRule(rule, 'Premier Li Strong chaired the meeting.')).filter((message) => message.fatal === false)
    expect(found.map((message) => [message.actual, message.expected])).toEqual([['Li Strong', []]])
  })
})

describe(rule + ': transcripts without punctuation', () => {
  it('flags a curated person written in lower case with a slipped surname', async () => {
    const filler = 'and we will have more on that later in the program so stay with us '.repeat(12)
    const text = 'good evening the special envoy steve whitcoff arrived in moscow today ' + filler
    const found = (await lintRule(rule, text)).filter((message) => message.fatal === false)
    expect(found.map((message) => [message.actual, message.expected])).toEqual([['steve whitcoff', ['Steve Witkoff']]])
  })
})
