import { bench } from 'vitest'
import MiniSearch from 'minisearch'
import { IndexBuilder } from '../../src/shared/search/index-builder'
import { indexOptions } from '../../src/shared/search/index-options'
import { recordsOf, type IndexRecord } from '../../src/shared/search/records'
import { generateWorkspace } from './search-data'
const inputs = generateWorkspace()
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
let t = cpu(); let w = performance.now()
const lap = (name: string) => { const c = cpu(), n = performance.now(); console.log(name, 'cpu', (c - t).toFixed(0), 'wall', (n - w).toFixed(0)); t = c; w = n }
const records: IndexRecord[] = inputs.flatMap((i) => recordsOf(i))
lap('records')
const b = new IndexBuilder()
for (const r of records) b.add(r)
lap('builder.add')
const js = b.toJS()
lap('toJS terms=' + js.index.length)
const ms = MiniSearch.loadJS(js, indexOptions)
lap('loadJS')
console.log(ms.documentCount)
bench('x', () => {}, { iterations: 1, time: 0 })
