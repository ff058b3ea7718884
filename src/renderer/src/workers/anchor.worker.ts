// The anchoring worker: reads annotation files, ranks target documents, plans
// imports and finds candidates for orphans off the main thread (see
// anchor-messages.ts for the contract and anchor-client.ts for the caller's side).
import type { AnchorRequest, AnchorResponse } from './anchor-messages'
import { createAnchorHandler } from './anchor-handler'

/** The parts of the dedicated worker global used here (the DOM lib does not describe it). */
const scope = self as unknown as {
  postMessage(message: AnchorResponse): void
  onmessage: ((event: MessageEvent<AnchorRequest>) => void) | null
}

const handle = createAnchorHandler((message) => scope.postMessage(message))
scope.onmessage = (event) => void handle(event.data)
