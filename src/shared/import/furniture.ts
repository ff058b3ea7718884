// Page furniture: the menus, banners, share buttons, advertisements, related
// links, comments and footers that surround an article. Reader-mode libraries
// find the article; these rules then take out the furniture they leave inside
// it (an "ADVERTISEMENT" slot between paragraphs, a share bar, a "Read more"
// box) and name why each block outside it was dropped. Class and id words are
// matched whole ("ad-slot" is an ad, "shadow" and "loading" are not). Words
// that sites also put on wrappers of real text ("paywall", "more", "widget",
// "print", "breaking") are left out on purpose: a dropped paragraph is worse
// than a kept menu, which the analyst can strike in the preview.
import type { DropReason } from './extracted'

export interface ElementFacts {
  tag: string
  id: string
  className: string
  role: string
  /** aria-label, data-component and similar hints. */
  label: string
}

const navWords = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menubar',
  'megamenu',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'paging',
  'skiplink',
  'skip',
  'masthead',
  'topbar',
  'sitenav',
  'toc',
])
const adWords = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'adcontainer',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'taboola',
  'outbrain',
  'banner-ad',
  'billboard',
  'leaderboard',
  'mpu',
])
const boilerplateWords = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'onetrust',
  'share',
  'sharing',
  'social',
  'sharebar',
  'related',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'mostread',
  'most-read',
  'mostviewed',
  'readmore',
  'comments',
  'comment',
  'discussion',
  'replies',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'footer',
  'copyright',
  'tags',
  'topics',
  'tagcloud',
  'bio',
  'authorbio',
  'follow',
  'toolbar',
  'modal',
  'popup',
  'overlay',
  'ticker',
  'sidebar',
  'rail',
  'outlink',
  'download',
  'donate',
  'app-promo',
  'survey',
  'feedback',
  'disclaimer',
  'badge',
  'poll',
])
const bylineWords = new Set([
  'byline',
  'bylines',
  'dateline',
  'timestamp',
  'publishdate',
  'pubdate',
  'articlemeta',
  'meta',
  'credits',
  'author',
  'authors',
  'contributor',
  'updated',
  'date',
  'dates',
])

function words(f: ElementFacts): string[] {
  const raw = `${f.id} ${f.className} ${f.label}`
  const out: string[] = []
  for (const token of raw.split(/\s+/)) {
    if (!token) continue
    // BEM and camel case: "c-share__button", "relatedStories", "ad_slot_2".
    const spaced = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    out.push(spaced.replace(/[\s_-]+/g, ''), ...spaced.split(/[^a-z]+/).filter(Boolean))
  }
  return out
}

const byTag: Record<string, DropReason> = {
  nav: 'navigation',
  footer: 'boilerplate',
  form: 'boilerplate',
  dialog: 'boilerplate',
}
const byRole: Record<string, DropReason> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  banner: 'navigation',
  search: 'navigation',
  contentinfo: 'boilerplate',
  complementary: 'boilerplate',
  dialog: 'boilerplate',
  alertdialog: 'boilerplate',
}

/** Why this element is furniture, judged from its own tag, role, id and classes; undefined when it is not. */
export function furnitureOf(f: ElementFacts): DropReason | undefined {
  const reason = byRole[f.role.toLowerCase()] ?? byTag[f.tag.toLowerCase()]
  if (reason) return reason
  const ws = words(f)
  if (ws.some((w) => adWords.has(w))) return 'advertisement'
  if (ws.some((w) => navWords.has(w))) return 'navigation'
  if (ws.some((w) => boilerplateWords.has(w))) return 'boilerplate'
  if (ws.some((w) => bylineWords.has(w))) return 'byline'
  return undefined
}

const adText =
  /^(advertisement|advertising|ad|sponsored|sponsored content|paid content|إعلان|اعلان|محتوى (?:مدفوع|ممول)|publicité|anzeige)$/i
const boilerText =
  /^(share( this)?( article| story| on \w+)?|copy link|print|comments?|read more|more stories|related( stories| articles)?|sign up|subscribe( now)?|follow us( on \w+)?|skip to (main )?content|back to top|accept( all)?( cookies)?|شارك(?:وا)?(?: المقال)?|اقرأ أيضا|اقرأ أيضاً|المزيد|تابعونا(?: على \S+)?)\W*$/i
// Pagination and teaser links: "Continue reading on page 2 →", "Next page »".
const pagerText =
  /^(continue reading|next page|previous page|read the (full|whole) (story|article)|التالي|الصفحة التالية|تابع القراءة)(?:[\s\W].{0,40})?$/i

/** Why a block is furniture from its words alone (an "ADVERTISEMENT" label), or undefined. */
export function furnitureText(text: string): DropReason | undefined {
  const t = text.trim()
  if (adText.test(t)) return 'advertisement'
  if (boilerText.test(t)) return 'boilerplate'
  if (pagerText.test(t)) return 'navigation'
  return undefined
}
