// A name for files written from a case: its words, lower case, joined by
// hyphens, with nothing a file system could object to.
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join('-')
  return stem || 'case'
}
