// @ts-check
// Change Permissions' Group Access tree (SPEC §10): children follow their parent's box unless
// they carry their own entry, a parent whose loaded descendants are mixed shows `indeterminate`,
// and subtrees collapse and expand. The form posts the boxes as they are; the server computes the
// entries, so this script only keeps what the admin sees honest. Type-checked by
// tsconfig.console.json.

/** @param {Element} box @returns {HTMLInputElement[]} the boxes of the groups just below */
function childBoxes(box) {
  const li = box.closest('li')
  const list = li?.querySelector(':scope > ul')
  if (!list) return []
  return [...list.querySelectorAll(':scope > li > .tree-row > input[data-group]')].map(
    (el) => /** @type {HTMLInputElement} */ (el),
  )
}

/** @param {HTMLInputElement} box @returns {HTMLInputElement | null} the parent group's box */
function parentBox(box) {
  const parentLi = box.closest('li')?.parentElement?.closest('li')
  const el = parentLi?.querySelector(':scope > .tree-row > input[data-group]')
  return el instanceof HTMLInputElement ? el : null
}

/** Boxes below `box` without their own entry take its state, down to the next own entry. */
function follow(/** @type {HTMLInputElement} */ box) {
  for (const child of childBoxes(box)) {
    if (child.dataset.entry) continue
    child.checked = box.checked
    // "Inherited from home group" only while it still holds.
    child
      .closest('.tree-row')
      ?.querySelector('.inherited')
      ?.toggleAttribute('hidden', !child.checked)
    follow(child)
  }
}

/** Every box whose loaded descendants disagree with it, or with each other, is indeterminate. */
function markMixed() {
  const tree = document.querySelector('ul.group-access')
  if (!tree) return
  /** @param {HTMLInputElement} box @returns {{ on: boolean, off: boolean }} */
  const states = (box) => {
    let on = box.checked
    let off = !box.checked
    let below = { on: false, off: false }
    for (const child of childBoxes(box)) {
      const s = states(child)
      below = { on: below.on || s.on, off: below.off || s.off }
    }
    box.indeterminate = below.on && below.off
    return { on: on || below.on, off: off || below.off }
  }
  for (const el of tree.querySelectorAll(':scope > li > .tree-row > input[data-group]')) {
    states(/** @type {HTMLInputElement} */ (el))
  }
}

document.addEventListener('change', (event) => {
  const box = event.target
  if (!(box instanceof HTMLInputElement) || !box.matches('input[data-group]')) return
  // Its own state now: an entry where it differs from what it would inherit.
  const parent = parentBox(box)
  const inherits = parent ? parent.checked === box.checked : false
  box.dataset.entry = inherits ? '' : box.checked ? 'allow' : 'deny'
  box.closest('.tree-row')?.querySelector('.inherited')?.setAttribute('hidden', '')
  follow(box)
  markMixed()
})

// An expanded subtree collapses and opens again without a reload (capture: before htmx loads it).
document.addEventListener(
  'click',
  (event) => {
    const toggle = /** @type {HTMLElement} */ (event.target).closest('[data-tree-toggle]')
    if (!(toggle instanceof HTMLElement) || toggle.getAttribute('aria-expanded') === null) return
    const list = document.getElementById(toggle.dataset.treeToggle ?? '')
    if (!list || list.childElementCount === 0) return // not loaded yet: htmx (or the link) loads it
    event.preventDefault()
    event.stopPropagation()
    const open = list.hidden
    list.hidden = !open
    setExpanded(toggle, open)
  },
  true,
)

/** @param {HTMLElement} toggle @param {boolean} open */
function setExpanded(toggle, open) {
  toggle.setAttribute('aria-expanded', String(open))
  const label = toggle.getAttribute('aria-label') ?? ''
  toggle.setAttribute(
    'aria-label',
    label.replace(/^(Expand|Collapse) /, open ? 'Collapse ' : 'Expand '),
  )
  toggle.textContent = open ? '−' : '+'
}

// Loaded rows (an expand or a Show more): their boxes follow the parent's current, maybe unsaved,
// state unless they carry their own entry; an expanded parent's toggle says so.
document.addEventListener('htmx:load', (event) => {
  const elt = /** @type {CustomEvent} */ (event).detail?.elt
  if (!(elt instanceof HTMLElement) || !elt.closest('ul.group-access')) return
  const list = elt.matches('ul') ? elt : elt.parentElement
  const parentLi = list?.closest('li')
  const toggle = parentLi?.querySelector(':scope > .tree-row > [data-tree-toggle]')
  if (elt.matches('ul') && toggle instanceof HTMLElement) setExpanded(toggle, true)
  const parent = parentLi?.querySelector(':scope > .tree-row > input[data-group]')
  if (parent instanceof HTMLInputElement) {
    const rows = elt.matches('ul') ? [...elt.children] : [elt]
    for (const row of rows) {
      const box = row.querySelector(':scope > .tree-row > input[data-group]')
      if (!(box instanceof HTMLInputElement) || box.dataset.entry) continue
      box.checked = parent.checked
      follow(box)
    }
  }
  markMixed()
})

markMixed()
