// English words the attribution rules rest on: speech verbs, hedges, words
// that make a phrase an organisation, titles, platforms and broadcast nouns.
// Lists of news style, not of any one article.

/** Verbs that attribute a statement to whoever is their subject (finite forms only). */
export const SPEECH_VERBS = new Set(
  [
    'say says said',
    'tell tells told',
    'add adds added',
    'post posts posted',
    'write writes wrote',
    'tweet tweets tweeted',
    'claim claims claimed',
    'report reports reported',
    'announce announces announced',
    'state states stated',
    'confirm confirms confirmed',
    'deny denies denied',
    'warn warns warned',
    'insist insists insisted',
    'argue argues argued',
    'explain explains explained',
    'note notes noted',
    'acknowledge acknowledges acknowledged',
    'admit admits admitted',
    'allege alleges alleged',
    'estimate estimates estimated',
    'suggest suggests suggested',
    'assert asserts asserted',
    'declare declares declared',
    'stress stresses stressed',
    'reiterate reiterates reiterated',
    'predict predicts predicted',
    'believe believes believed',
    'recall recalls recalled',
    'reply replies replied',
    'conclude concludes concluded',
    'accuse accuses accused',
    'disclose discloses disclosed',
    'reveal reveals revealed',
    'maintain maintains maintained',
    'contend contends contended',
    'assess assesses assessed',
  ]
    .join(' ')
    .split(' '),
)

/** Verbs that may stand before their subject: “…,” said Hassan Abdul-Ghani. */
export const INVERTING_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'told',
  'asked',
  'continued',
])

/** Words that are verbs only when the tagger says so ("the reports", "its claims"). */
export const NOUN_LIKE_VERBS = new Set([
  'reports',
  'claims',
  'posts',
  'states',
  'estimates',
  'notes',
  'tweets',
])

/** Two-word speech verbs. */
export const PHRASAL_SPEECH = /^(points?|pointed) out$/i

/** Heads that make a subject unattributed: nobody is named behind them. */
export const UNATTRIBUTED_HEADS = new Set(['report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors'])

/** Documents: "according to a statement from the ministry" is the ministry speaking. */
export const DOCUMENT_HEADS = new Set([
  'statement',
  'statements',
  'report',
  'filing',
  'letter',
  'document',
  'communique',
  'release',
  'post',
  'posts',
  'message',
  'transcript',
  'memo',
])

/** Evidence nouns: attributed to whoever made them ("analysis by Airwars"), else unattributed when circulating. */
export const EVIDENCE_HEADS = new Set([
  'footage',
  'video',
  'videos',
  'image',
  'images',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'pictures',
  'geolocation',
  'analysis',
  'data',
  'imagery',
  'survey',
  'research',
  'study',
  'investigation',
])

/** Auxiliaries and adverbs allowed between a subject and its speech verb. */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'previously',
  'repeatedly',
  'later',
  'separately',
  'further',
  'again',
  'earlier',
  'already',
  'since',
  'publicly',
  'privately',
  'recently',
  'then',
  'now',
  'initially',
  'first',
  'subsequently',
  'officially',
  'reportedly',
  'allegedly',
  'independently',
  'themselves',
  'himself',
  'herself',
  'itself',
  'long',
  'often',
  'consistently',
  'quickly',
  'immediately',
])

/** Words in a name that make it an organisation rather than a person. */
export const ORG_WORDS = new Set(
  `observatory ministry forces force army military office agency command programme program organization organisation
  fund institute institution council committee commission group union party movement news tv television radio times post
  press service services authority department government court police guard brigade brigades front coalition alliance
  university bank company corporation association network centre center crescent cross watch mission embassy
  administration operations trade federation foundation league secretariat parliament assembly cabinet presidency
  directorate unit corps navy airforce division battalion regiment hospital agency's board bureau kremlin pentagon
  house palace channel journal gazette tribune herald telegraph guardian observer monitor reuters afp bbc cnn
  nbc cbs abc sana irna tass xinhua kyodo yonhap ansa dpa efe aljazeera`.split(/\s+/),
)

/** Outlet words: an organisation whose name has one of these is a news outlet. */
export const OUTLET_WORDS = new Set(
  `news tv television radio times post press channel journal gazette tribune herald telegraph guardian observer
  reuters afp ap upi bbc cnn nbc cbs abc sana irna tass xinhua kyodo yonhap ansa dpa efe jazeera arabiya masirah
  novosti interfax anadolu bloomberg axios politico`.split(/\s+/),
)

/** Titles that belong to the role, not the name ("Brigadier General Nabil Abdallah"). */
export const TITLES = new Set(
  `mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady sheikh shaykh imam rev rev. father
  president vice prime minister secretary general gen gen. lieutenant lt lt. colonel col col. major maj maj.
  brigadier brig brig. captain capt capt. admiral adm adm. commander sergeant sgt sgt. ambassador senator sen sen.
  representative rep rep. governor gov gov. mayor chief judge justice king queen prince princess emir crown
  deputy foreign defence defense interior information health finance spokesman spokeswoman spokesperson`.split(
    /\s+/,
  ),
)

/** Heads of a description that names a person by role ("a dock worker", "the official"). */
export const PERSON_HEADS = new Set(
  `official officials spokesman spokeswoman spokesperson spokespeople worker workers resident residents analyst
  analysts expert experts source sources witness witnesses diplomat diplomats commander commanders officer officers
  executive executives doctor doctors activist activists blogger bloggers journalist journalists reporter reporters
  minister ministers secretary leader leaders teacher student students researcher researchers fighter fighters
  soldier soldiers man woman men women mother father survivor survivors employee employees member members aide aides
  adviser advisers advisor advisors negotiator negotiators chairman chairwoman chair director envoy president mayor
  governor broker brokers trader traders economist economists observer observers people person users user accounts
  account`.split(/\s+/),
)

export const PRONOUNS: Record<string, 'person' | 'organisation' | 'plural'> = {
  he: 'person',
  she: 'person',
  it: 'organisation',
  they: 'plural',
}

/** Social platforms: "on X", "on its Telegram channel". */
export const PLATFORMS: Record<string, string> = {
  x: 'X',
  twitter: 'X',
  telegram: 'Telegram',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  bluesky: 'Bluesky',
  threads: 'Threads',
  weibo: 'Weibo',
  vk: 'VK',
  vkontakte: 'VK',
  'truth social': 'Truth Social',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  signal: 'Signal',
}

/** Nouns that make a lower-case phrase a broadcast or outlet ("state television", "the national telethon"). */
export const BROADCAST_NOUNS = new Set(
  `television tv radio telethon broadcaster channel media agency newspaper daily outlet station network
  website wire`.split(/\s+/),
)

/** Hedging and certainty cues: reasons to consider a lower credibility, never a grade. */
export const HEDGE_PATTERNS: RegExp[] = [
  /\b(?:could|can|cannot|can't|may|might) not (?:be )?(?:immediately )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b[^.]*?/giu,
  /\bwas not (?:immediately )?able to (?:independently )?(?:verify|confirm)\b/giu,
  /\b(?:were|was|is|are) not (?:immediately )?(?:independently )?(?:verified|confirmed)\b/giu,
  /\bcould not independently verify\b/giu,
  /\b(?:did|does) not provide (?:any )?evidence\b/giu,
  /\b(?:there (?:was|is) )?no evidence\b/giu,
  /\bunconfirmed\b/giu,
  /\bunverified\b/giu,
  /\breportedly\b/giu,
  /\ballegedly\b/giu,
  /\bpurportedly\b/giu,
  /\bapparently\b/giu,
  /\bappear(?:s|ed)? to\b/giu,
  /\bseem(?:s|ed)? to\b/giu,
  /\b(?:could|may|might)\b/giu,
  /\bit (?:is|was) (?:not|un)clear\b/giu,
  /\bsaid to (?:be|have)\b/giu,
]
