import { readFileSync } from 'node:fs'
import { readLayoutColumns } from '/work/main/src/main/importer/layout/text-layout-columns'
const [n, p] = [process.argv[2], Number(process.argv[3])]
const t = readFileSync(`/work/main/tests/fixtures/typeset/tuning/${n}/${n}.layout.txt`, 'utf8')
console.log(readLayoutColumns(t).split('\f')[p - 1])
