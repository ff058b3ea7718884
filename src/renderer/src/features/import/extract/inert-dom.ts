// An inert DOM for untrusted pages: linkedom builds a document in plain
// JavaScript (it runs in a Web Worker, where DOMParser does not exist). It has
// no script engine, no network and no layout, so nothing in a page can run or
// load; only text leaves this module's callers.
import { DOMParser as LinkedomParser } from 'linkedom'

const parser = new LinkedomParser()

export function parseHtml(html: string): Document {
  const doc = parser.parseFromString(html, 'text/html') as unknown as Document
  // Unlike a browser, linkedom builds no <html> and <body> around a fragment: give it them.
  if (doc.body && doc.documentElement?.tagName.toLowerCase() === 'html') return doc
  return parser.parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  ) as unknown as Document
}

export function parseXml(xml: string): Document {
  return parser.parseFromString(xml, 'text/xml') as unknown as Document
}
