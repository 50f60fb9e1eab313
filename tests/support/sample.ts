// The one way tests and benches find the real sample issue and its hand-checked truth: both live
// inside the repository (resources/samples ships with the app; the truth is a test fixture).
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const SAMPLE_NAME = 'xingxian-2022-02'
export const SAMPLE_TXT = join(REPO_ROOT, 'resources', 'samples', `${SAMPLE_NAME}.txt`)
export const SAMPLE_TRUTH = join(REPO_ROOT, 'tests', 'fixtures', 'samples', `${SAMPLE_NAME}.truth.json`)
export const CORPUS_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'corpus', 'govcn-2018-2019')
