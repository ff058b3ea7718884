// The live preview: the briefing's HTML, the same document the PDF is printed
// from, shown in a shadow root. Its stylesheet is attached through CSSOM
// (adoptedStyleSheets), which the page's strict CSP allows where an inline
// <style> would be refused; the HTML itself carries no script by construction.
import { useEffect, useRef } from 'react'

export function BriefingPreview({ html }: { html: string }) {
  const hostRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    renderDocumentInto(root, html)
  }, [html])
  return <div ref={hostRef} className="briefing-preview" role="region" aria-label="Preview" />
}

/** Puts a complete HTML document's body into `root`, with its <style> rules adopted as a stylesheet. */
export function renderDocumentInto(root: ShadowRoot | Document, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  const sheet = new CSSStyleSheet()
  sheet.replaceSync([...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'))
  root.adoptedStyleSheets = [sheet]
  const body = parsed.body
  const container = root instanceof Document ? root.body : root
  const wrapper = document.createElement('div')
  wrapper.className = 'briefing-document'
  wrapper.lang = parsed.documentElement.lang
  wrapper.append(...[...body.childNodes].map((n) => document.importNode(n, true)))
  container.replaceChildren(wrapper)
}
