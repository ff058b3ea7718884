// Runs the desktop suite (tests/desktop, playwright.desktop.config.ts) against
// the built app. Where it cannot run (no Electron binary, no display, a binary
// that cannot start) it prints ONE line saying so and why, writes no report,
// and exits 0, so scripts/test-summary.mjs counts nothing from it: a suite
// that did not run is neither passed nor failed. With DESKTOP_SUITE=required
// (the GitHub workflow) the binary is fetched if missing and not running is a
// failure.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const required = process.env.DESKTOP_SUITE === 'required'
const report = 'reports/desktop.json'
rmSync(report, { force: true })

/** Electron's executable, without requiring the package (which would start a download). */
function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override ? join(override, relative) : join(dir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function notRun(reason) {
  if (required) {
    console.error(`Desktop suite could not run: ${reason}.`)
    process.exit(1)
  }
  console.log(`Desktop suite did not run (not counted): ${reason}.`)
  process.exit(0)
}

let binary = electronBinary()
if (!binary && required) {
  // Electron downloads its binary on first use; fetch it now, where the network is expected.
  spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'inherit' })
  binary = electronBinary()
}
if (!binary) notRun('no Electron binary in node_modules/electron/dist (`npx install-electron` downloads it)')

// The binary runs as plain Node first: a missing system library shows here, in one line.
const probe = spawnSync(binary, ['-e', 'process.stdout.write(process.versions.electron)'], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
  timeout: 60_000,
})
if (probe.status !== 0) {
  const why = `${probe.error?.message ?? ''} ${probe.stderr ?? ''}`.trim().split('\n')[0]
  notRun(`the Electron binary cannot start (${why || `exit ${probe.status}`})`)
}

const playwright = [require.resolve('@playwright/test/cli'), 'test', '-c', 'playwright.desktop.config.ts']
let command = process.execPath
let args = playwright
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
if (headless) {
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    notRun('no display to open a window on (install xvfb so it runs under xvfb-run, or set DISPLAY)')
  }
  command = 'xvfb-run'
  args = ['-a', process.execPath, ...playwright]
}
console.log(`Desktop suite: Electron ${probe.stdout.trim()}${headless ? ' under xvfb-run' : ''}`)
const run = spawnSync(command, args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
