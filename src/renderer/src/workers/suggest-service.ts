// What the suggestion worker does with its messages, apart from the worker
// global so it can be run over any message port: start a job, post each
// batch, give the event loop a turn between batches so a cancel (or a newer
// job) is seen, and stop there.
import { suggestProgressively } from '@shared/analysis/suggest/engine'
import { warmEnglish } from '@shared/analysis/suggest/nlp-english'
import type { SuggestRequest, SuggestResponse } from './suggest-protocol'

export interface SuggestPort {
  postMessage(message: SuggestResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void
}

/** A macrotask turn: a MessageChannel round trip, which browsers do not clamp as they clamp nested timers. */
function turn(): () => Promise<void> {
  let channel: MessageChannel | null = null
  const waiting: (() => void)[] = []
  return () =>
    new Promise<void>((resolve) => {
      if (!channel) {
        channel = new MessageChannel()
        channel.port1.onmessage = () => waiting.shift()?.()
        // Node keeps a process alive while a port listens; a worker never exits on its own anyway.
        const port = channel.port1 as MessagePort & { unref?: () => void }
        port.unref?.()
      }
      waiting.push(resolve)
      channel.port2.postMessage(null)
    })
}

export function serveSuggestions(port: SuggestPort): void {
  const cancelled = new Set<number>()
  let latest = -1
  const nextTurn = turn()

  async function run(request: Extract<SuggestRequest, { type: 'suggest' }>): Promise<void> {
    const { job, input } = request
    const started = performance.now()
    const stopped = () => cancelled.has(job) || latest !== job
    try {
      if (input.language !== 'ar') warmEnglish()
      let count = 0
      for (const batch of suggestProgressively(input, { chunkChars: request.chunkChars })) {
        if (stopped()) break
        count += batch.suggestions.length
        port.postMessage({ type: 'batch', job, ...batch })
        await nextTurn()
      }
      if (stopped()) port.postMessage({ type: 'cancelled', job })
      else port.postMessage({ type: 'done', job, count, ms: performance.now() - started })
    } catch (error) {
      port.postMessage({
        type: 'error',
        job,
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      cancelled.delete(job)
    }
  }

  port.addEventListener('message', (event) => {
    const request = event.data
    if (request.type === 'cancel') cancelled.add(request.job)
    else if (request.type === 'suggest') {
      latest = request.job
      void run(request)
    }
  })
}
