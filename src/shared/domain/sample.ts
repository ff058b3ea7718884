// Metadata of the bundled sample article, as far as its own text tells
// (see resources/sample-article.txt): editable, not verified facts.
import type { DocumentMeta } from './document'

export const sampleArticleMeta: DocumentMeta = {
  title: 'Thousands flee Homs as rebels push south',
  outlet: 'NBC News',
  author: '',
  url: '',
  published: '2024-12-06',
  retrieved: '',
}
