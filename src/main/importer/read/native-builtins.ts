// pdf.js's legacy build (the one that runs on Node 20) carries core-js polyfills that REPLACE
// built-ins for the whole process, not only for pdf.js: Array.prototype.push, JSON.parse and
// JSON.stringify become JavaScript versions two or more times slower. Every later parse, save and
// JSON answer would pay for it. We keep the engine's own versions and put them back after pdf.js
// has loaded (its main module on first use, its worker module on the first document).
const NATIVE = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
}

/** Puts back the engine's push, JSON.parse and JSON.stringify if a polyfill replaced them. */
export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false })
  }
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify
}
