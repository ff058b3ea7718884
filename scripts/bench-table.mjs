// Writes the README's performance table from bench-results.json (the last
// step of `npm run bench`), with the machine the figures were taken on, and
// prints it. Metrics without a label here are listed by their name; peers of
// the reader's painter are shown as ratios against it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, platform, release } from 'node:os'
import { execFileSync } from 'node:child_process'

const labels = {
  'paint.first5k': 'paint 5,000 overlapping highlights on 1 MB, to the first frame',
  'paint.first50k': 'paint 50,000',
  'paint.restyleHover': 'restyle on hover or selection with 5,000 highlights',
  'paint.reanchor5k': 're-anchor 5,000 annotations on 1 MB',
  'app.storeWriteP95Annotation': 'save one annotation: store write p95',
  'app.storeWriteP95Claim': 'save one claim: store write p95',
  'ledger.saveClaimToRow': 'save one claim at 100,000 claims: Save to the row showing it',
  'ledger.saveClaimDialogClosed': 'the same: Save to the dialog closed',
  'ledger.saveClaimLongestTask': 'the same: longest main-thread task',
  'app.importWorkspace100k': 'import a workspace file of 100,000 claims over 2,000 sources',
  'ledger.readerToClaimsFirstRows': 'Reader to Claims view at 100,000 claims, first rows shown',
  'ledger.coldStartFirstRows': 'cold start to the claims table at 100,000, first rows',
  'ledger.coldStartReadyTable': 'cold start to a ready claims table at 100,000 (every claim loaded)',
  'ledger.sort': 'sort at 100,000',
  'ledger.filter': 'filter at 100,000',
  'ledger.searchKeystroke': 'search keystroke at 100,000 (after the 200 ms typing pause)',
  'ledger.interactionLongestTask': 'sort / filter / search: longest main-thread task',
  'ledger.scrollFrameP95': 'scroll frame p95 at 100,000',
  'ledger.scrollBlankFrames': 'scroll frames showing rows not yet fetched (of 90)',
  'ledger.openClaimWithAuditTrail': 'open one claim to its audit trail shown, 500,000 audit entries',
  'ledger.auditTrailOfOneClaim': 'audit trail of one claim, audit table of 500,000 entries',
  'app.markdownExport1000': 'Markdown export of a briefing citing 1,000 claims',
  'app.pdf60Pages': 'PDF of a 60-page briefing (Chromium print)',
  'app.sampleReadyColdLoad': 'sample article ready to annotate after a cold load',
  'ledger.jsHeapAfterGc':
    'JS heap of the window with 100,000 claims and the table open (the ledger worker’s own heap not counted)',
  'app.startJsGzip': 'renderer JavaScript loaded at start, gzipped (the window and the workers it starts)',
  'app.startJsGzipWindow': 'the same, the window’s own scripts only',
}
const peers = {
  'peer.markWrap5k': '`<mark>` wrapping of text nodes (as Hypothesis does)',
  'peer.highlightPerAnnotation5k': 'one CSS `Highlight` per annotation',
  'peer.recogito5k': '`@recogito/text-annotator`',
}

const file = 'bench-results.json'
if (!existsSync(file)) {
  console.error('bench-results.json is missing: run `npm run bench` first.')
  process.exit(1)
}
const results = JSON.parse(readFileSync(file, 'utf8'))
const fmt = (n) => n.toLocaleString('en', { maximumFractionDigits: n < 10 ? 1 : 0 })
const unit = (m) => (m.unit === 'ms' ? ' ms' : ` ${m.unit}`)
const met = (m) =>
  m.value <= m.target ? 'met' : `**missed** (×${(m.value / Math.max(m.target, 1e-9)).toFixed(1)})`

const order = [...Object.keys(labels), ...Object.keys(results).filter((k) => !(k in labels) && !(k in peers))]
const rows = order
  .filter((k) => results[k])
  .map((k) => {
    const m = results[k]
    return `| ${labels[k] ?? k} | ${fmt(m.value)}${unit(m)} (${fmt(m.min)}–${fmt(m.max)}, ${m.runs} ${m.runs === 1 ? 'run' : 'runs'}) | ≤ ${fmt(m.target)}${unit(m)} | ${met(m)} |`
  })

const app = results['paint.first5k']
const peerRows = Object.entries(peers)
  .filter(([k]) => results[k])
  .map(([k, label]) => {
    const m = results[k]
    const ratio = app ? `${(m.value / app.value).toFixed(0)}× the workbench` : ''
    return `| ${label} | ${fmt(m.value)}${unit(m)} (${fmt(m.min)}–${fmt(m.max)}, ${m.runs} ${m.runs === 1 ? 'run' : 'runs'}) | ${ratio} |`
  })

let chromium = ''
try {
  chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
} catch {
  chromium = 'Chromium'
}
const cpu = cpus()
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}, Node ${process.version}, ${chromium} headless`

const table = [
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Medians, with the range over the runs.`,
  '',
  '| metric | measured | target | |',
  '| --- | --- | --- | --- |',
  ...rows,
  ...(peerRows.length
    ? [
        '',
        `The same 1 MB document and 5,000 overlapping ranges, painted to the first frame by the peers in the same run (the workbench: ${app ? fmt(app.value) + ' ms' : 'not measured'}):`,
        '',
        '| painter | first frame | ratio |',
        '| --- | --- | --- |',
        ...peerRows,
      ]
    : []),
].join('\n')

console.log(`\n${table}\n`)
const readme = readFileSync('README.md', 'utf8')
const start = '<!-- bench:start -->'
const end = '<!-- bench:end -->'
const i = readme.indexOf(start)
const j = readme.indexOf(end)
if (i < 0 || j < i) {
  console.error('README.md has no bench markers; the table was printed only.')
  process.exit(1)
}
writeFileSync('README.md', `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`)
console.log('README.md: performance table updated.')
