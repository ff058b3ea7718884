// The search worker: the index lives here, off the main thread, so building
// it for a large case never freezes the app. All of its logic is in
// search-handler.ts; the app talks to it through SearchClient.
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import { createSearchHandler } from './search-handler'

const scope = self as unknown as {
  postMessage(event: SearchEvent): void
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null
}
const handle = createSearchHandler((event) => scope.postMessage(event))
scope.onmessage = (event) => handle(event.data)
