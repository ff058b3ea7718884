// The live preview: the briefing's HTML, the same document the PDF is printed
// from, shown in a shadow root. Its stylesheet is attached through CSSOM
// (adoptedStyleSheets), which the page's strict CSP allows where an inline
// <style> would be refused; the HTML itself carries no script by construction.
import { useEffect, useRef } from 'react'
import { platform } from '../../services'

export function BriefingPreview({ html }: { html: string }) {
  const hostRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    renderDocumentInto(root, html)
  }, [html])
  // Links inside the preview: contents and citations scroll within it (the
  // page's own URL never changes); web links go to the system browser.
  useEffect(() => {
    const root = hostRef.current?.shadowRoot
    if (!root) return
    const onClick = (e: Event) => {
      const link = (e.target as Element | null)?.closest?.('a[href]')
      if (!link) return
      e.preventDefault()
      const href = link.getAttribute('href') ?? ''
      if (href.startsWith('#'))
        root.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' })
      else void platform.openExternal(href)
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [])
  return <div ref={hostRef} className="briefing-preview" role="region" aria-label="Preview" />
}

/**
 * Puts a complete HTML document's body into `root`, with its <style> rules
 * adopted as a stylesheet. In a shadow root there is no <html> or <body>, so
 * their rules are pointed at the host and at a wrapper carrying the body's
 * classes; the print route renders into the real document unchanged.
 */
export function renderDocumentInto(root: ShadowRoot | Document, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  let css = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n')
  const imported = [...parsed.body.childNodes].map((n) => document.importNode(n, true))
  const sheet = new CSSStyleSheet()
  if (root instanceof Document) {
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
    root.documentElement.lang = parsed.documentElement.lang
    root.body.className = parsed.body.className
    root.body.replaceChildren(...imported)
    return
  }
  css = css
    .replace(/(^|[\s,}])(html|:root)(?=\s*[{,])/g, '$1:host')
    .replace(/(^|[\s,}])body(?=\s*[{,])/g, '$1.briefing-body')
  sheet.replaceSync(css)
  root.adoptedStyleSheets = [sheet]
  const wrapper = document.createElement('div')
  wrapper.className = `briefing-body ${parsed.body.className}`
  wrapper.lang = parsed.documentElement.lang
  wrapper.append(...imported)
  root.replaceChildren(wrapper)
}
