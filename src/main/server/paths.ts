// Where browser mode finds the built renderer, the fonts, the sample, and the default archive.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export interface AppPaths {
  rendererDir: string
  fontsDir: string
  sampleFile: string
}

export function appPaths(projectRoot: string): AppPaths {
  return {
    rendererDir: join(projectRoot, 'out', 'renderer'),
    fontsDir: join(projectRoot, 'resources', 'fonts'),
    sampleFile: join(projectRoot, 'resources', 'samples', 'xingxian-2022-02.txt'),
  }
}

/** A per-user data folder, as the desktop app would use (APPDATA / Application Support / XDG). */
export function defaultDbFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = env.HOME || env.USERPROFILE || homedir()
  let base: string
  if (platform === 'win32') base = env.APPDATA || join(home, 'AppData', 'Roaming')
  else if (platform === 'darwin') base = join(home, 'Library', 'Application Support')
  else base = env.XDG_DATA_HOME || join(home, '.local', 'share')
  return resolve(base, 'gazette-archive', 'archive.db')
}

/** `--db x --port 8080` → { db: 'x', port: '8080' }. */
export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i])
    if (!m) continue
    if (m[2] !== undefined) out[m[1]] = m[2]
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[m[1]] = argv[++i]
    else out[m[1]] = 'true'
  }
  return out
}
