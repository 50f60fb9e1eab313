// Keyboard for a navigation tree of buttons: ↑/↓ (Home/End) move between the visible entries,
// → opens a closed group or steps into it, ← steps out to the group, Enter/Space choose (the
// buttons' own), and typing the first characters of an entry's name jumps to it.
import { useRef, type KeyboardEvent } from 'react'

const ITEM = '[data-tree-item]'
const TYPE_AHEAD_MS = 800

function items(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(ITEM)].filter((el) => el.offsetParent !== null)
}

/** The entries under the group whose own entry is `item` (Mantine NavLink: its next sibling). */
function childrenOf(item: HTMLElement): HTMLElement[] {
  const box = item.nextElementSibling as HTMLElement | null
  return box ? [...box.querySelectorAll<HTMLElement>(ITEM)].filter((el) => el.offsetParent !== null) : []
}

/** The group entry that holds `item`, or null at the top level. */
function parentOf(item: HTMLElement, root: HTMLElement): HTMLElement | null {
  for (let box = item.parentElement; box && box !== root; box = box.parentElement) {
    const owner = box.previousElementSibling as HTMLElement | null
    if (owner?.matches(ITEM)) return owner
  }
  return null
}

const nameOf = (el: HTMLElement): string => (el.getAttribute('data-tree-name') ?? el.textContent ?? '').trim()

export function useTreeKeys(): (e: KeyboardEvent<HTMLElement>) => void {
  const typed = useRef({ text: '', at: 0 })
  return (e) => {
    const root = e.currentTarget
    const current = (e.target as HTMLElement).closest<HTMLElement>(ITEM)
    if (!current || e.ctrlKey || e.metaKey || e.altKey) return
    const list = items(root)
    const at = list.indexOf(current)
    const go = (el: HTMLElement | null | undefined) => {
      if (!el) return
      e.preventDefault()
      el.focus()
    }
    switch (e.key) {
      case 'ArrowDown':
        return go(list[at + 1])
      case 'ArrowUp':
        return go(list[at - 1])
      case 'Home':
        return go(list[0])
      case 'End':
        return go(list[list.length - 1])
      case 'ArrowRight': {
        if (current.getAttribute('aria-expanded') === 'false') {
          e.preventDefault()
          current.click()
          return
        }
        return go(childrenOf(current)[0])
      }
      case 'ArrowLeft':
        return go(parentOf(current, root))
    }
    if (e.key.length !== 1 || e.key === ' ') return
    const now = Date.now()
    typed.current = { text: (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + e.key, at: now }
    const text = typed.current.text
    const after = [...list.slice(at + (text.length === 1 ? 1 : 0)), ...list.slice(0, at + 1)]
    go(after.find((el) => nameOf(el).startsWith(text)))
  }
}
