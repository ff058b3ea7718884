// A saved news page of about 2 MB, as browsers write them: the wire-story
// fixture with a long article, and the weight real pages carry around it:
// client-app state in inline JSON, an inline SVG sprite, inline CSS, hundreds
// of related links and a long comment thread.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { prng } from './prng'

const words =
  'the river rose across northern valley officials said crews rescued families rooftops water power villages governor emergency shelters schools closed forecasters expected rain district council aid groups warned wells contaminated residents described roads washed'.split(
    ' ',
  )

export function bigSavedPage(targetBytes = 2_000_000): string {
  const base = readFileSync(resolve(__dirname, '../fixtures/import/pages/en-wire-floods.html'), 'utf8')
  const rand = prng(2024)
  const sentence = (n: number) =>
    Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]!)
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.'
  const article = Array.from(
    { length: 120 },
    (_, i) => `<p>${sentence(25)} ${sentence(18)} (${i + 1})</p>`,
  ).join('\n')
  const related = `<section class="related-stories"><h2>More stories</h2><ul>${Array.from({ length: 600 }, (_, i) => `<li><a href="/story/${i}"><h3>${sentence(8)}</h3><p>${sentence(14)}</p></a></li>`).join('')}</ul></section>`
  const comments = `<section id="comments" class="comments"><h2>Comments</h2>${Array.from({ length: 400 }, (_, i) => `<article class="comment"><header class="comment__author">reader${i}</header><p>${sentence(30)}</p></article>`).join('')}</section>`
  const sprite = `<svg style="display:none" xmlns="http://www.w3.org/2000/svg">${Array.from({ length: 300 }, (_, i) => `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="M${i} 0L24 ${i % 24}L0 24Z M3 3h18v18H3z M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20"/></symbol>`).join('')}</svg>`
  const css = `<style>${Array.from({ length: 1500 }, (_, i) => `.c${i}{margin:${i % 17}px;padding:${i % 5}px;color:#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')}}`).join('')}</style>`
  let html = base
    .replace('</head>', `${css}</head>`)
    .replace('<body class="Page-body">', `<body class="Page-body">${sprite}`)
    .replace(/(<div class="RichTextStoryBody RichTextBody">)/, `$1\n${article}\n`)
    .replace('</main>', `${related}${comments}</main>`)
  // The rest is inline app state, as many news sites ship it.
  const state: { id: number; headline: string; body: string }[] = []
  let i = 0
  while (html.length + JSON.stringify(state).length < targetBytes - 200)
    state.push({ id: i++, headline: sentence(8), body: sentence(40) })
  html = html.replace(
    '</body>',
    `<script id="__APP_STATE__" type="application/json">${JSON.stringify(state)}</script></body>`,
  )
  return html
}
