// The search worker: the index lives here, off the main thread, so building
// it for a large case never freezes the app. All of its logic is in
// search-handler.ts; the app talks to it through SearchClient.
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import { createSearchHandler } from './search-handler'

const scope = self as unknown as {
  postMessage(event: SearchEvent): void
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null
}

// Between slices of a build the worker pauses to read its messages. A zero
// timeout waits at least 4 ms once timeouts nest, which over a build of
// hundreds of slices adds up; a message to itself comes back at once.
const channel = new MessageChannel()
const resumes: (() => void)[] = []
channel.port1.onmessage = () => resumes.shift()?.()
const pause = () =>
  new Promise<void>((resolve) => {
    resumes.push(resolve)
    channel.port2.postMessage(null)
  })

const handle = createSearchHandler((event) => scope.postMessage(event), { pause })
scope.onmessage = (event) => handle(event.data)
