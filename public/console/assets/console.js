// @ts-check
// The console's shared script (SPEC §10): what every page may use. Plain forms work without it;
// it adds the "you have unsaved changes" prompt and in-page dialogs. Screen scripts
// (role-editor.js, group-tree.js) sit beside it. Type-checked by tsconfig.console.json.

/** Forms marked `data-unsaved` whose fields changed since the page loaded and are not submitted. */
const dirty = new Set()

/** @param {Event} event */
function markDirty(event) {
  const form = /** @type {HTMLElement} */ (event.target).closest('form[data-unsaved]')
  if (form) dirty.add(form)
}

document.addEventListener('input', markDirty)
document.addEventListener('change', markDirty)
document.addEventListener('submit', (event) =>
  dirty.delete(/** @type {HTMLFormElement} */ (event.target)),
)
document.addEventListener('reset', (event) =>
  dirty.delete(/** @type {HTMLFormElement} */ (event.target)),
)

window.addEventListener('beforeunload', (event) => {
  if (dirty.size === 0) return
  event.preventDefault()
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = 'You have unsaved changes.'
})

// `<button data-open-dialog="id">` opens that <dialog> as a modal; `data-close-dialog` closes it.
document.addEventListener('click', (event) => {
  const target = /** @type {HTMLElement} */ (event.target)
  const opener = target.closest('[data-open-dialog]')
  if (opener) {
    const dialog = document.getElementById(opener.getAttribute('data-open-dialog') ?? '')
    if (dialog instanceof HTMLDialogElement) {
      event.preventDefault()
      dialog.showModal()
    }
    return
  }
  const closer = target.closest('[data-close-dialog]')
  if (closer) {
    event.preventDefault()
    closer.closest('dialog')?.close()
  }
})

// A tree's toggle (`data-tree-toggle`, Groups and Group Access) says aria-expanded like a disclosure
// button, so Space works on it as Enter does.
document.addEventListener('keydown', (event) => {
  const target = event.target
  if (event.key !== ' ' || !(target instanceof HTMLElement)) return
  if (!target.matches('[data-tree-toggle]')) return
  event.preventDefault()
  target.click()
})
