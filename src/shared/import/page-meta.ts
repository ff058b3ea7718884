// What a web page says about itself, from facts the DOM side gathers: JSON-LD
// (NewsArticle and kin), Open Graph and `article:` meta tags, the <title>, the
// canonical link, lang and dir. Pure, so the rules are tested without a DOM.
import { calendarDay } from './dates'
import { baseDirection } from './direction'
import type { ExtractedMeta } from './extracted'

export interface PageFacts {
  /** <title> text. */
  title: string
  /** Text of the page's h1 elements, in order. */
  h1s: string[]
  /** Every <meta> with name/property/itemprop and content, keys lower-cased. */
  metas: { key: string; content: string }[]
  /** Raw text of each <script type="application/ld+json">. */
  jsonLd: string[]
  canonical: string
  lang: string
  dir: string
  /** Byline found in the page by the reader-mode library, if any. */
  byline?: string
  /** A URL the page was saved from (MHTML's Snapshot-Content-Location). */
  savedFrom?: string
}

type Json = Record<string, unknown>

const articleTypes =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/

function typesOf(node: Json): string[] {
  const t = node['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** Every object in the JSON-LD blocks, @graph and arrays flattened. */
function jsonLdNodes(sources: string[]): Json[] {
  const out: Json[] = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      out.push(v as Json)
      const graph = (v as Json)['@graph']
      if (graph) visit(graph)
    }
  }
  for (const src of sources) {
    try {
      // Some CMSes wrap JSON-LD in HTML comments or CDATA.
      visit(JSON.parse(src.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '')))
    } catch {
      // A broken block is skipped; the meta tags still speak.
    }
  }
  return out
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names)
  if (typeof v === 'string') return [v.trim()]
  if (v && typeof v === 'object') return [str((v as Json).name)]
  return []
}

export const isHttpUrl = (s: string) => /^https?:\/\/[^\s]+$/i.test(s.trim())

const separators = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' / ', ' « ', ' » ']

/**
 * A title without its site suffix or prefix ("Floods hit the north | Daily
 * Example" → "Floods hit the north"): a segment is cut when it names the outlet
 * or the page's own h1 is the rest.
 */
export function stripSiteName(title: string, outlets: string[], h1s: string[]): string {
  const t = title.replace(/\s+/g, ' ').trim()
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const outletKeys = outlets.map(norm).filter((s) => s.length >= 2)
  const h1Keys = new Set(h1s.map(norm))
  for (const sep of separators) {
    const parts = t.split(sep)
    if (parts.length < 2) continue
    // The page's own h1 is the surest title; then cut trailing segments that name the outlet.
    for (let cut = 1; cut < parts.length; cut++) {
      const head = parts.slice(0, cut).join(sep)
      if (h1Keys.has(norm(head))) return head.trim()
    }
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const tail = parts.slice(cut).map(norm)
      if (tail.every((seg) => outletKeys.some((o) => seg === o || seg.includes(o) || o.includes(seg))))
        return parts.slice(0, cut).join(sep).trim()
    }
    const lead = norm(parts[0]!)
    if (outletKeys.some((o) => lead === o)) return parts.slice(1).join(sep).trim()
  }
  return t
}

export function pageMeta(facts: PageFacts, texts: Iterable<string>): ExtractedMeta {
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const hit = facts.metas.find((m) => m.key === k && m.content.trim())
      if (hit) return hit.content.trim()
    }
    return ''
  }
  const nodes = jsonLdNodes(facts.jsonLd)
  const article = nodes.find((n) => typesOf(n).some((t) => articleTypes.test(t))) ?? {}
  const publisher = (article.publisher ?? nodes.find((n) => typesOf(n).includes('WebSite'))) as
    Json | undefined

  const outlet = meta('og:site_name', 'application-name', 'twitter:site:name') || str(publisher?.name)
  const rawTitle =
    str(article.headline) ||
    meta('og:title', 'twitter:title', 'dc.title', 'headline') ||
    facts.title ||
    facts.h1s[0] ||
    ''
  const title = stripSiteName(
    rawTitle,
    [outlet, str(publisher?.name), meta('twitter:site').replace(/^@/, '')],
    facts.h1s,
  )

  const authorMeta = [
    meta('author'),
    meta('article:author'),
    meta('dc.creator'),
    meta('parsely-author'),
  ].find((a) => a && !isHttpUrl(a))
  const byline = (facts.byline ?? '').replace(/^\s*(by|بقلم|كتب(?:ه|ت)?)[:\s]+/i, '').trim()
  const author = names(article.author).filter(Boolean).join(', ') || authorMeta || byline

  const urlCandidates = [
    facts.canonical,
    meta('og:url'),
    str(article.url),
    str((article.mainEntityOfPage as Json | undefined)?.['@id']) || str(article.mainEntityOfPage),
    facts.savedFrom ?? '',
  ]
  const url = urlCandidates.find(isHttpUrl) ?? ''

  const published = calendarDay(
    str(article.datePublished) ||
      meta(
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'pubdate',
        'date',
        'dc.date',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
      ) ||
      str(article.dateCreated),
  )
  const modified = calendarDay(
    str(article.dateModified) ||
      meta('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'),
  )
  const lang = (
    facts.lang ||
    meta('content-language', 'og:locale', 'dc.language') ||
    str(article.inLanguage)
  ).replace(/_/g, '-')
  return {
    title,
    outlet,
    author,
    url,
    published,
    modified,
    lang,
    dir: baseDirection({ dir: facts.dir, lang }, texts),
  }
}
