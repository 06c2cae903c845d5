// @ts-check
// The group tree's toggles (SPEC §10, Groups). Without script a toggle is a link that opens the
// page at that group (or back at its parent). With htmx, the first click on a collapsed group
// fetches its children (hx-get) into the list the toggle controls; after that this script
// only shows and hides the loaded list, and keeps aria-expanded true to what is visible.

document.addEventListener('click', (event) => {
  const target = /** @type {HTMLElement} */ (event.target)
  const toggle = target.closest('[data-tree-toggle]')
  if (!toggle || !('htmx' in window)) return
  const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '')
  if (!list) return
  if (list.hasAttribute('data-loaded')) {
    event.preventDefault()
    list.hidden = !list.hidden
    toggle.setAttribute('aria-expanded', list.hidden ? 'false' : 'true')
  } else {
    // htmx (listening on the toggle itself) has already sent the request.
    toggle.setAttribute('aria-expanded', 'true')
  }
})
