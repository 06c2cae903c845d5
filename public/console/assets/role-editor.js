// @ts-check
// The role editor's enhancements (SPEC §10): the live "N unsaved changes" count, the Save dialog
// listing `label: old → new` per changed permission (only its Confirm writes), Expand all /
// Collapse all, and module links that open their section. Without it, Save shows the same diff
// on a review page rendered by the server.

const form = document.getElementById('role-form')
if (form instanceof HTMLFormElement) enhance(form)

/** @param {HTMLFormElement} form */
function enhance(form) {
  const status = document.getElementById('unsaved-count')
  const dialog = document.getElementById('save-dialog')
  const diff = document.getElementById('save-diff')

  /** @returns {HTMLSelectElement[]} */
  const selects = () => Array.from(form.querySelectorAll('select[data-initial]'))

  /** @param {HTMLSelectElement} select @param {string} value */
  const levelName = (select, value) =>
    Array.from(select.options).find((o) => o.value === value)?.text ?? value

  const changed = () => selects().filter((s) => s.value !== s.dataset.initial)

  function update() {
    const count = changed().length
    if (status) status.textContent = `${count} unsaved change${count === 1 ? '' : 's'}`
    for (const select of selects()) {
      select.closest('td')?.classList.toggle('changed', select.value !== select.dataset.initial)
    }
  }

  function openSaveDialog() {
    if (!(dialog instanceof HTMLDialogElement) || !diff) return
    const lines = changed().map((select) => {
      const li = document.createElement('li')
      li.dataset.key = select.name
      const from = document.createElement('span')
      from.className = 'diff-old'
      from.textContent = levelName(select, select.dataset.initial ?? '')
      const to = document.createElement('span')
      to.className = 'diff-new'
      to.textContent = levelName(select, select.value)
      li.append(`${select.dataset.label ?? select.name}: `, from, ' → ', to)
      return li
    })
    if (lines.length === 0) {
      const li = document.createElement('li')
      li.textContent = 'No permission was changed.'
      lines.push(li)
    }
    diff.replaceChildren(...lines)
    const confirm = dialog.querySelector('button[value="confirm"]')
    if (confirm instanceof HTMLButtonElement) confirm.disabled = changed().length === 0
    dialog.showModal()
  }

  form.addEventListener('change', update)
  form.addEventListener('submit', (event) => {
    const submitter = /** @type {SubmitEvent} */ (event).submitter
    if (submitter instanceof HTMLButtonElement && submitter.value === 'review') {
      event.preventDefault()
      openSaveDialog()
    }
  })

  /** @returns {HTMLDetailsElement[]} */
  const sections = () => Array.from(form.querySelectorAll('details.role-module'))
  for (const button of document.querySelectorAll('button[data-expand]')) {
    if (!(button instanceof HTMLButtonElement)) continue
    button.hidden = false
    button.addEventListener('click', () => {
      const open = button.dataset.expand === 'open'
      for (const section of sections()) section.open = open
    })
  }

  // A module link opens its section before the browser scrolls to it.
  document.querySelector('nav.role-modules')?.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest('a[href^="#"]')
    const target = link && document.getElementById(link.getAttribute('href')?.slice(1) ?? '')
    if (target instanceof HTMLDetailsElement) target.open = true
  })

  // Values the browser restored (back / forward) count as changes too.
  update()
}
