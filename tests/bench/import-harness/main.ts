// A page for the import benchmark: the real import worker client, and the
// main-thread alternative (DOMParser and Readability on the page's own
// thread), each timed, with the longest stall of the main thread's event loop
// (a 10 ms heartbeat) while it ran.
import { Readability } from '@mozilla/readability'
import { createImportClient } from '../../../src/renderer/src/workers/import-client'

interface Run {
  ms: number
  /** Longest the main thread's event loop was late, by a 10 ms heartbeat. */
  longestStallMs: number
  kept: number
  progress: number
}

const client = createImportClient()
// Files are handed over before a run starts, so the measurement holds only the import.
const files = new Map<string, Uint8Array | string>()
function stash(name: string, content: number[] | string) {
  files.set(name, typeof content === 'string' ? content : Uint8Array.from(content))
}

let stall = 0
let last = performance.now()
setInterval(() => {
  const now = performance.now()
  stall = Math.max(stall, now - last - 10)
  last = now
}, 10)

async function settle() {
  // Let queued long-task entries arrive before reading them.
  await new Promise((r) => setTimeout(r, 50))
}

async function viaWorker(name: string): Promise<Run> {
  const content = files.get(name)!
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  await settle()
  stall = 0
  let progress = 0
  const t0 = performance.now()
  const doc = await client.extract(name, bytes, { onProgress: () => progress++ })
  const ms = performance.now() - t0
  await settle()
  return {
    ms,
    longestStallMs: stall,
    kept: doc.blocks.filter((b) => b.kept).length,
    progress,
  }
}

async function onMainThread(name: string): Promise<Run> {
  const html = files.get(name) as string
  await settle()
  stall = 0
  const t0 = performance.now()
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const article = new Readability(doc).parse()
  const ms = performance.now() - t0
  await settle()
  return {
    ms,
    longestStallMs: stall,
    kept: article?.length ?? 0,
    progress: 0,
  }
}

/** The heartbeat's lateness while the page does nothing: the machine's own noise. */
async function idle(ms: number): Promise<number> {
  await settle()
  stall = 0
  await new Promise((r) => setTimeout(r, ms))
  return stall
}

Object.assign(window, { stash, viaWorker, onMainThread, idle, warm: () => client.warm() })
