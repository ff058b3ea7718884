// The suggestion worker: finds claims, speakers and channels off the main
// thread (the English model alone takes ~100 ms to build). See suggest-service.ts.
import { warmEnglish } from '@shared/analysis/suggest/nlp-english'
import { serveSuggestions, type SuggestPort } from './suggest-service'

serveSuggestions(self as unknown as SuggestPort)
// Build the English model as soon as the worker starts, before the first document arrives.
setTimeout(warmEnglish, 0)
