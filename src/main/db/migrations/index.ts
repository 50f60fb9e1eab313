// Every migration, in order. Append new ones; never edit or reorder shipped ones.
import { migration0001 } from './0001-init'
import { migration0002 } from './0002-search-index'
import { migration0003 } from './0003-archive-work'
import { migration0004 } from './0004-quarantine'
import { migration0005 } from './0005-confidence'
import { migration0006 } from './0006-block-sources'
import { migration0007 } from './0007-staging'
import { migration0008 } from './0008-replaced-issues'
import { migration0009 } from './0009-import-log-staged'
import { migration0010 } from './0010-names-issuer-aliases'
import { migration0011 } from './0011-undo-saved-searches'
import { migration0012 } from './0012-catalogue-list-indexes'
import { migration0013 } from './0013-origs-import-log-kept'
import { migration0014 } from './0014-nameless-gazettes'
import { migration0015 } from './0015-issue-identity'
import type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015]
