// Main-process entry point (built to out/main/index.js). All behaviour lives
// in the modules lifecycle.ts wires together.
import { startApp } from './lifecycle'

startApp()
