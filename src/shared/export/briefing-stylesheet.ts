// The print stylesheet of a briefing (preview and PDF). Calm and legible on
// A4 and Letter alike: serif body text with Noto fallbacks so Arabic quotes
// render with a proper Naskh face, bordered tables, and page-break rules that
// keep a claim and its quoted passage together without producing blank pages.
// Only the bundled Noto faces are named, and no generic family: a glyph or
// face the bundle lacks would otherwise be drawn, and embedded, from a system
// font (DejaVu on Linux). The page-margin boxes use Noto Serif, which the body
// text has always loaded; a face used only there may not be loaded in time.
// The renderer prepends @font-face rules (fonts embedded as data: URLs, as
// the document's CSP allows nothing else); briefingToHtml appends the
// briefing's own `@page { size }`.
export const briefingStylesheet = `
@page {
  margin: 20mm 18mm 22mm 18mm;
}
:root {
  --ink: #1b1b1b;
  --muted: #555;
  --rule: #9a9a9a;
  --faint: #f3f3f1;
  --accent: #2b4a6f;
}
html {
  font-family: 'Noto Serif', 'Noto Naskh Arabic';
  font-size: 10.5pt;
  line-height: 1.45;
  color: var(--ink);
  background: #fff;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body {
  margin: 0 auto;
  max-width: 170mm;
  padding: 0;
}
:lang(ar), [dir='rtl'] {
  font-family: 'Noto Naskh Arabic', 'Noto Serif';
}
h1, h2, h3, h4, h5, h6 {
  font-weight: 600;
  line-height: 1.25;
  color: var(--accent);
  break-after: avoid;
  page-break-after: avoid;
  break-inside: avoid;
}
h1 { font-size: 19pt; margin: 0.4em 0 0.3em; }
h2 { font-size: 13.5pt; margin: 1.4em 0 0.5em; padding-bottom: 0.15em; border-bottom: 0.5pt solid var(--rule); }
h3 { font-size: 11.5pt; margin: 1.1em 0 0.4em; }
h4, h5, h6 { font-size: 10.5pt; margin: 1em 0 0.3em; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
a { color: var(--accent); text-decoration: none; overflow-wrap: anywhere; }
.marking {
  text-align: center;
  font-family: 'Noto Sans', 'Noto Serif';
  font-size: 9pt;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  padding: 0.3em 0;
}
.marking-top { border-bottom: 0.5pt solid var(--rule); margin-bottom: 1em; }
/* On paper the page-margin boxes carry the marking on every page. */
@media print { .marking-top, .marking-bottom { display: none; } }
.marking-bottom { border-top: 0.5pt solid var(--rule); margin-top: 2em; }
.briefing-header .meta { display: flex; flex-wrap: wrap; gap: 0.2em 1.6em; margin: 0 0 1em; color: var(--muted); }
.meta div, .assessment div { display: flex; gap: 0.35em; }
dt { font-weight: 600; }
dd { margin: 0; }
.toc { margin: 1em 0 1.5em; padding: 0.6em 1em; background: var(--faint); break-inside: avoid; }
.toc h2 { border: 0; margin: 0 0 0.3em; font-size: 11pt; }
.toc ol { margin: 0; padding-inline-start: 1.4em; }
.bottom-line { font-size: 11.5pt; font-weight: 600; }
.judgments > li { margin-bottom: 0.8em; break-inside: avoid; }
.judgment-text { margin-bottom: 0.2em; font-weight: 600; }
.assessment { display: flex; flex-wrap: wrap; gap: 0.1em 1.6em; margin: 0; color: var(--muted); }
/* No padding around citation links: a gap reads as a space in the PDF's text ("1 , 4"). */
sup.cite { font-size: 0.72em; line-height: 0; white-space: nowrap; }
.cited { color: var(--muted); font-size: 9.5pt; }
.cited a, sup.cite a { text-decoration: underline; text-decoration-thickness: 0.5pt; }
.none { color: var(--muted); font-style: italic; }
.changed { border: 0.75pt solid #b36b00; background: #fff7e8; padding: 0.4em 0.8em; margin: 0 0 1em; break-inside: avoid; }
.changed p, .changed ul { margin: 0.2em 0; }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid var(--rule); padding: 0.25em 0.45em; text-align: start; vertical-align: top; }
th { background: var(--faint); font-weight: 600; }
.claims-table td:first-child, .sources-table td:nth-child(6) { text-align: end; white-space: nowrap; }
/* Each cell carries its own dir: an Arabic statement starts at the right, in full. */
td { overflow-wrap: break-word; }
th, .claims-table td:nth-child(n + 4), .sources-table td:nth-child(3), .sources-table td:nth-child(4) { white-space: nowrap; }
.hypotheses { padding-inline-start: 0; list-style: none; }
.hypotheses .score { color: var(--muted); }
.ach-table td:nth-child(n + 2) { text-align: center; white-space: nowrap; }
.ach-table tr.non-diagnostic td { color: var(--muted); }
.ach-table tr.sensitive td:first-child { border-inline-start: 2pt solid #b36b00; }
.ach-table tr.totals td { font-weight: 700; background: var(--faint); }
.row-kind { color: var(--muted); font-size: 8.5pt; }
.ach-note { color: var(--muted); font-size: 9pt; }
ol.claims { padding-inline-start: 1.8em; }
ol.claims > li { margin-bottom: 0.9em; break-inside: avoid; page-break-inside: avoid; }
.statement { font-weight: 600; margin-bottom: 0.15em; }
.claim-meta { color: var(--muted); font-size: 9.5pt; margin-bottom: 0.3em; }
blockquote {
  margin: 0.3em 0 0.6em;
  padding: 0.3em 0.9em;
  border-inline-start: 2pt solid var(--rule);
  background: var(--faint);
  break-inside: avoid;
  page-break-inside: avoid;
}
blockquote footer { color: var(--muted); font-size: 9pt; }
blockquote .quote { margin-bottom: 0.2em; }
cite { font-style: italic; }
.flag { color: #8a1c1c; font-size: 9pt; }
.relays { color: var(--muted); font-size: 9pt; }
.sourcing { font-style: italic; }
pre, code { font-family: 'Noto Sans', 'Noto Naskh Arabic'; font-size: 9pt; background: var(--faint); }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.documents-cited { padding-inline-start: 1.8em; font-size: 9.5pt; }
.documents-cited > li { margin-bottom: 0.4em; break-inside: avoid; }
/* A SHA-256 is 64 letters with no break opportunity: let it wrap anywhere. */
code.hash { overflow-wrap: anywhere; background: none; font-size: 8.5pt; }
.documents-note { color: var(--muted); font-size: 9pt; }
section { break-before: auto; }
@media screen {
  body { padding: 12mm 14mm; }
}
@media print {
  /* Blank pages come from forced breaks and oversized boxes: neither is used. */
  html, body { height: auto; }
  .toc { break-after: auto; }
  a { color: inherit; }
}
`

/** A CSS string literal holding `text`: quotes and backslashes escaped, line breaks folded. */
export const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`

/**
 * Page size and the running header and footer of every printed page: the
 * handling marking top and bottom, and "Page N of M". CSS page-margin boxes
 * do this in the document itself, so the browser's print, page.pdf() and
 * Electron's printToPDF all produce the same pages.
 */
export function pageRules(marking: string, pageSize: 'A4' | 'Letter'): string {
  const text = cssString(marking)
  const box =
    "font-family: 'Noto Serif', 'Noto Naskh Arabic'; font-size: 8pt; font-weight: 700; letter-spacing: 0.06em; color: #333;"
  return `@page {
  size: ${pageSize};
  @top-center { content: ${text}; ${box} }
  @bottom-center { content: ${text}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Noto Serif'; font-size: 8pt; color: #555; }
}`
}
