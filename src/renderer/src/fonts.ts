// The fonts the workbench ships (resources/fonts, SIL Open Font License), so
// reading text, Arabic quotes and printed briefings look the same on every
// machine with no network and no system fonts. One list feeds both uses: the
// app registers them with the FontFace API (not a stylesheet, which the CSP
// would refuse inline), and PDFs embed them as data: URLs.
import serif400 from '../../../resources/fonts/noto-serif-latin-400-normal.woff2?url'
import serif700 from '../../../resources/fonts/noto-serif-latin-700-normal.woff2?url'
import serifExt400 from '../../../resources/fonts/noto-serif-latin-ext-400-normal.woff2?url'
import sans400 from '../../../resources/fonts/noto-sans-latin-400-normal.woff2?url'
import sans600 from '../../../resources/fonts/noto-sans-latin-600-normal.woff2?url'
import naskh400 from '../../../resources/fonts/noto-naskh-arabic-arabic-400-normal.woff2?url'
import naskh700 from '../../../resources/fonts/noto-naskh-arabic-arabic-700-normal.woff2?url'

const latin =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const latinExt =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
const arabic =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC'

export interface Face {
  family: string
  weight: string
  url: string
  unicodeRange: string
}

export const faces: Face[] = [
  { family: 'Noto Serif', weight: '400', url: serif400, unicodeRange: latin },
  { family: 'Noto Serif', weight: '700', url: serif700, unicodeRange: latin },
  { family: 'Noto Serif', weight: '400', url: serifExt400, unicodeRange: latinExt },
  { family: 'Noto Sans', weight: '400', url: sans400, unicodeRange: latin },
  { family: 'Noto Sans', weight: '600', url: sans600, unicodeRange: latin },
  { family: 'Noto Naskh Arabic', weight: '400', url: naskh400, unicodeRange: arabic },
  { family: 'Noto Naskh Arabic', weight: '700', url: naskh700, unicodeRange: arabic },
]

/** Makes the bundled fonts available to the page; each loads only when text needs it. */
export function registerFonts(): void {
  for (const f of faces) {
    document.fonts.add(
      new FontFace(f.family, `url(${f.url}) format('woff2')`, {
        weight: f.weight,
        unicodeRange: f.unicodeRange,
      }),
    )
  }
}

/** @font-face rules with the fonts inlined, for a document printed on its own (the PDF). */
export async function embeddedFontCss(): Promise<string> {
  const rules = await Promise.all(
    faces.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(f.url)).arrayBuffer())
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return `@font-face{font-family:'${f.family}';font-weight:${f.weight};unicode-range:${f.unicodeRange};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`
    }),
  )
  return rules.join('\n')
}
