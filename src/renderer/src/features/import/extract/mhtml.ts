// MHTML ("Save page as… single file" in Chromium) is a MIME multipart/related
// message: postal-mime parses it (quoted-printable, base64 and charsets
// included) and we keep its HTML part and the address the page was saved from.
import PostalMime from 'postal-mime'
import { calendarDay } from '@shared/import/dates'
import { ImportError } from '@shared/import/extracted'
import { decodeText } from '@shared/import/sniff'

export interface MhtmlPage {
  html: string
  /** Snapshot-Content-Location, or the HTML part's Content-Location. */
  savedFrom: string
  /** The day the page was saved (the message's Date), YYYY-MM-DD, or ''. */
  savedOn: string
}

export async function readMhtml(bytes: Uint8Array): Promise<MhtmlPage> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' })
  } catch (e) {
    throw new ImportError('mhtml-no-html', `This MHTML file could not be read (${(e as Error).message}).`)
  }
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value.trim() ?? ''
  // A page whose HTML part is marked as an attachment still counts.
  const htmlPart = email.attachments.find((a) => a.mimeType === 'text/html')
  const html =
    email.html ??
    (htmlPart && htmlPart.content instanceof ArrayBuffer
      ? decodeText(new Uint8Array(htmlPart.content)).text
      : undefined)
  if (!html?.trim()) throw new ImportError('mhtml-no-html', 'This MHTML file has no web page in it.')
  return {
    html,
    savedFrom: header('snapshot-content-location') || header('content-location'),
    savedOn: calendarDay(header('date') || email.date),
  }
}
