// Types for scripts/built.mjs (imported by the tests).
export declare const root: string
export declare const builtCli: string
export declare function isStale(dir?: string): boolean
export declare function ensureBuilt(opts?: { quiet?: boolean }): void
