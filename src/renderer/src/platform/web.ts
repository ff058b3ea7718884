// The plain web page host (`npm run web`, and the end-to-end tests): a file
// input to open, a download to save, a new tab for links. No bridge exists.
import {
  dataExtensions,
  maxDataFileBytes,
  maxOpenFileBytes,
  openableExtensions,
  type OpenedFile,
  type Result,
} from '@shared/ipc-contract'
import type { Platform } from './bridge'

interface FileKinds {
  extensions: readonly string[]
  what: string
  limit: number
}
const documentKinds: FileKinds = {
  extensions: openableExtensions,
  what: 'a document the workbench reads (.txt, .md, .html, .mhtml, .pdf, .docx)',
  limit: maxOpenFileBytes,
}
const dataKinds: FileKinds = {
  extensions: dataExtensions,
  what: 'a workspace or annotation file (.json, .jsonld)',
  limit: maxDataFileBytes,
}

/** The picked or dropped files as bytes, refused by name when of the wrong kind or too large. */
export async function readPickedFiles(
  files: readonly File[],
  kinds: FileKinds = documentKinds,
): Promise<Result<OpenedFile[]>> {
  const opened: OpenedFile[] = []
  for (const file of files) {
    const ext = file.name.split('.').pop()?.toLowerCase() ?? ''
    if (!kinds.extensions.includes(ext)) {
      return { ok: false, error: `“${file.name}” is not ${kinds.what}.` }
    }
    if (file.size > kinds.limit) {
      return {
        ok: false,
        error: `“${file.name}” is larger than ${kinds.limit / 1024 / 1024} MB and was not opened.`,
      }
    }
    opened.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  }
  return { ok: true, value: opened }
}

function pickFiles(extensions: readonly string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.addEventListener('change', () => resolve([...(input.files ?? [])]))
    input.addEventListener('cancel', () => resolve([]))
    input.click()
  })
}

export function webPlatform(): Platform {
  return {
    kind: 'web',
    openDocuments: async () => readPickedFiles(await pickFiles(openableExtensions, true)),
    openDataFile: async () => readPickedFiles(await pickFiles(dataExtensions, false), dataKinds),
    async saveFile({ defaultName, content, mimeType }) {
      // A Blob of bytes keeps them exactly; a string is encoded as UTF-8.
      const part = typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>)
      const url = URL.createObjectURL(new Blob([part], { type: mimeType }))
      const a = document.createElement('a')
      a.href = url
      a.download = defaultName
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { ok: true, value: { path: defaultName } }
    },
    async openExternal(url) {
      const { protocol } = new URL(url)
      if (protocol !== 'https:' && protocol !== 'http:')
        return { ok: false, error: 'Only web links can be opened.' }
      window.open(url, '_blank', 'noopener,noreferrer')
      return { ok: true, value: null }
    },
    savePdf: null,
    onMenuCommand: () => () => {},
  }
}
