// The main-process side of the IPC contract. Every channel in IpcContract gets
// a handler here (the `handlers` record is typed so a missing one fails the
// build), and every call goes through `guarded`: the sender must be the app's
// own page, the arguments must pass their zod schema, and any failure comes
// back as { ok: false, error } rather than an exception across IPC.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { z } from 'zod'
import {
  dataExtensions,
  maxDataFileBytes,
  openableExtensions,
  type IpcChannel,
  type IpcContract,
  type Result,
} from '@shared/ipc-contract'
import { externalUrlSchema, pdfRequestSchema, saveFileRequestSchema } from '@shared/ipc-schemas'
import { renderPdf } from './pdf'
import { readDocuments, UserFacingError, writeDocument } from './documents'
import { isAppUrl } from './origin'
import type { SettingsStore } from './settings'

type Args<C extends IpcChannel> = IpcContract[C]['args']
type Value<C extends IpcChannel> = IpcContract[C]['result'] extends Result<infer T> ? T : never

/** A channel's implementation: receives validated arguments, returns the plain value or throws. */
export type IpcImplementation<C extends IpcChannel> = (
  event: IpcMainInvokeEvent,
  ...args: Args<C>
) => Promise<Value<C>>

export interface ChannelHandler<C extends IpcChannel> {
  args: z.ZodType<Args<C>>
  run: IpcImplementation<C>
}
export type ChannelHandlers = { [C in IpcChannel]: ChannelHandler<C> }

/** "argument 1 › filters[0].extensions[1]" from a zod issue path. */
function describePath(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path
  if (index === undefined) return ''
  const where = rest.map((key, i) =>
    typeof key === 'number' ? `[${String(key)}]` : `${i === 0 ? '' : '.'}${String(key)}`,
  )
  const arg = typeof index === 'number' ? `argument ${String(index + 1)}` : String(index)
  return where.length > 0 ? `${arg} › ${where.join('')}` : arg
}

export function describeInvalidArguments(channel: IpcChannel, error: z.ZodError, given: number): string {
  const details = error.issues.map((issue) => {
    const where = describePath(issue.path)
    // An issue on the argument list itself can only be about its length.
    return where ? `${where}: ${issue.message}` : `wrong number of arguments (${String(given)} given)`
  })
  return `Invalid arguments for ${channel}: ${[...new Set(details)].join('; ')}`
}

/** Only the app's own top-level page may call the main process. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}

/** Wrap an implementation with the sender check, validation and error capture. */
export function guarded<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
): (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => Promise<Result<Value<C>>> {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      console.warn(`Refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`)
      return { ok: false, error: `${channel} may only be called by the Analyst Workbench window.` }
    }
    const parsed = handler.args.safeParse(rawArgs)
    if (!parsed.success)
      return { ok: false, error: describeInvalidArguments(channel, parsed.error, rawArgs.length) }
    try {
      return { ok: true, value: await handler.run(event, ...parsed.data) }
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message }
      console.error(`${channel} failed`, error)
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, error: `${channel} failed: ${detail}` }
    }
  }
}

/**
 * Register one contract channel: `args` validates the raw argument list,
 * `run` gets the parsed arguments and its value (or error) becomes the Result.
 */
export function handle<C extends IpcChannel>(
  channel: C,
  args: z.ZodType<Args<C>>,
  run: IpcImplementation<C>,
): void {
  ipcMain.handle(channel, guarded(channel, { args, run }))
}

function register<C extends IpcChannel>(channel: C, handlers: Pick<ChannelHandlers, C>): void {
  const { args, run } = handlers[channel]
  handle(channel, args, run)
}

export interface IpcDependencies {
  settings: SettingsStore
}

/** Where dialogs start: the folder used last, if it still exists, else Documents. */
function startFolder(settings: SettingsStore): string {
  const { lastFolder } = settings.get()
  if (lastFolder && existsSync(lastFolder)) return lastFolder
  try {
    return app.getPath('documents')
  } catch {
    // Some Linux desktops define no Documents folder.
    return app.getPath('home')
  }
}

/** The native open dialog, starting in the last folder used; the chosen files read, or [] when cancelled. */
async function openWith(
  event: IpcMainInvokeEvent,
  settings: SettingsStore,
  options: Omit<OpenDialogOptions, 'defaultPath'>,
  limit?: number,
) {
  const full: OpenDialogOptions = { ...options, defaultPath: startFolder(settings) }
  const parent = BrowserWindow.fromWebContents(event.sender)
  const choice = parent ? await dialog.showOpenDialog(parent, full) : await dialog.showOpenDialog(full)
  const [first] = choice.filePaths
  if (choice.canceled || first === undefined) return []
  settings.update({ lastFolder: dirname(first) })
  return readDocuments(choice.filePaths, limit)
}

/** The native save dialog with a default name in the last folder used; writes and remembers the folder, or null when cancelled. */
async function saveWith(
  event: IpcMainInvokeEvent,
  settings: SettingsStore,
  defaultName: string,
  filters: SaveDialogOptions['filters'],
  content: () => Promise<string | Uint8Array>,
): Promise<{ path: string } | null> {
  const options: SaveDialogOptions = {
    defaultPath: join(startFolder(settings), defaultName),
    filters: filters && filters.length > 0 ? filters : undefined,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const parent = BrowserWindow.fromWebContents(event.sender)
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return null
  await writeDocument(choice.filePath, await content())
  settings.update({ lastFolder: dirname(choice.filePath) })
  return { path: choice.filePath }
}

export function createChannelHandlers({ settings }: IpcDependencies): ChannelHandlers {
  return {
    'dialog:open-documents': {
      args: z.tuple([]),
      run: (event) =>
        openWith(event, settings, {
          title: 'Open Document',
          properties: ['openFile', 'multiSelections'],
          filters: [{ name: 'Documents', extensions: [...openableExtensions] }],
        }),
    },
    'dialog:open-data': {
      args: z.tuple([]),
      run: (event) =>
        openWith(
          event,
          settings,
          {
            title: 'Open Workspace or Annotations',
            properties: ['openFile'],
            filters: [{ name: 'Workbench data', extensions: [...dataExtensions] }],
          },
          maxDataFileBytes,
        ),
    },
    'dialog:save-file': {
      args: z.tuple([saveFileRequestSchema]),
      run: (event, request) =>
        saveWith(event, settings, request.defaultName, request.filters, () =>
          Promise.resolve(request.content),
        ),
    },
    'shell:open-external': {
      args: z.tuple([externalUrlSchema]),
      async run(_event, url) {
        await shell.openExternal(url)
        return null
      },
    },
    'briefing:save-pdf': {
      args: z.tuple([pdfRequestSchema]),
      // Printed first: a failed print never leaves the analyst with an empty file.
      async run(event, request) {
        const pdf = await renderPdf(request.html, request.pageSize)
        return saveWith(event, settings, request.defaultName, [{ name: 'PDF', extensions: ['pdf'] }], () =>
          Promise.resolve(pdf),
        )
      },
    },
  }
}

export function registerIpcHandlers(dependencies: IpcDependencies): void {
  const handlers = createChannelHandlers(dependencies)
  for (const channel of Object.keys(handlers) as IpcChannel[]) register(channel, handlers)
}
