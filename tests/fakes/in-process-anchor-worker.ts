// An anchoring "worker" that runs the real handler in this process, with the
// structured cloning and asynchronous delivery of a real Worker, so the client
// and the handler can be tested together in Node.
import type { AnchorWorkerLike } from '../../src/renderer/src/workers/anchor-client'
import { createAnchorHandler } from '../../src/renderer/src/workers/anchor-handler'
import type { AnchorRequest, AnchorResponse } from '../../src/renderer/src/workers/anchor-messages'

export class InProcessAnchorWorker implements AnchorWorkerLike {
  onmessage: ((event: MessageEvent<AnchorResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  /** Every message the worker side posted, in order. */
  readonly posted: AnchorResponse[] = []
  private terminated = false
  private readonly handle = createAnchorHandler((message) => {
    if (this.terminated) return
    const copy = structuredClone(message)
    this.posted.push(copy)
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<AnchorResponse>), 0)
  })

  postMessage(message: AnchorRequest): void {
    const copy = structuredClone(message)
    setTimeout(() => void this.handle(copy), 0)
  }

  terminate(): void {
    this.terminated = true
  }
}
