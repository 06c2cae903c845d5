// @ts-check
// The Explain screen's one enhancement: htmx swaps the answer region in place (aria-live announces
// it), refusals included. htmx does not swap 4xx answers by default, but the API's refusal
// (unknown_permission, not_found, forbidden, invalid_request) is the answer here, so it is shown
// like any other.

document.addEventListener('htmx:beforeSwap', (event) => {
  // htmx fires the event on the swap's target: here, the answer region.
  const target = /** @type {Element} */ (event.target)
  if (target.id !== 'explain-answer') return
  const detail =
    /** @type {CustomEvent<{ xhr: XMLHttpRequest, shouldSwap: boolean, isError: boolean }>} */ (
      event
    ).detail
  const status = detail.xhr.status
  if (status >= 400 && status < 500) {
    detail.shouldSwap = true
    detail.isError = false
  }
})
