// The direction of a piece of text, decided as HTML's dir="auto" decides it
// (the first strong letter), but written out explicitly so every block of an
// exported document carries its own direction whatever reads it.

// Letters of the right-to-left scripts in Unicode.
const rtlLetter =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u
const letter = /\p{L}/u

/** The first letter's direction, or null when the text has no letter (so a caller can read on). */
export function strongDirection(text: string): 'ltr' | 'rtl' | null {
  for (const ch of text) if (letter.test(ch)) return rtlLetter.test(ch) ? 'rtl' : 'ltr'
  return null
}

/** "rtl" when the first letter is of a right-to-left script, "ltr" otherwise (also when there is no letter). */
export const textDirection = (text: string): 'ltr' | 'rtl' => strongDirection(text) ?? 'ltr'
