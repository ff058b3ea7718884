// A suggestion "worker" that runs the real worker service in this process
// over a Node MessageChannel (structured cloning and asynchronous delivery
// included; only the thread is missing), for testing the client and what
// builds on it.
import { MessageChannel } from 'node:worker_threads'
import type { SuggestWorkerLike } from '../../src/renderer/src/workers/suggest-client'
import type { SuggestResponse } from '../../src/renderer/src/workers/suggest-protocol'
import { serveSuggestions, type SuggestPort } from '../../src/renderer/src/workers/suggest-service'

export interface InProcessSuggestWorker {
  worker: SuggestWorkerLike
  /** Every message the service posted, in order. */
  responses: SuggestResponse[]
  /** Closes the channel (call after each test, or Node keeps it open). */
  close(): void
}

export function inProcessSuggestWorker(): InProcessSuggestWorker {
  const channel = new MessageChannel()
  serveSuggestions(channel.port1 as unknown as SuggestPort)
  channel.port1.start()
  const responses: SuggestResponse[] = []
  channel.port2.on('message', (data: SuggestResponse) => responses.push(data))
  const worker: SuggestWorkerLike = {
    postMessage: (m) => channel.port2.postMessage(m),
    addEventListener: (_type, listener) =>
      channel.port2.on('message', (data) => listener({ data } as MessageEvent)),
    terminate: () => {
      channel.port1.close()
      channel.port2.close()
    },
  }
  return { worker, responses, close: () => worker.terminate?.() }
}
