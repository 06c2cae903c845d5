/**
 * @module The original request's path as decoded segments, or nothing when it is not canonical.
 *
 * A gateway and its upstream may read a path differently (`..`, encoded slashes, backslashes,
 * double slashes, bad percent-encoding); a path that could be read two ways matches no route, so
 * forward auth fails closed instead of authorizing one reading while the upstream serves another.
 */

/** Longest original URI considered (SPEC §9). */
export const MAX_URI_BYTES = 8 * 1024

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/
// Visible ASCII only: anything else in a raw path must be percent-encoded.
const RAW_SEGMENT = /^[\x21-\x7e]*$/
const ENCODED_SEPARATOR = /%(2f|5c)/i

/**
 * Decoded path segments of `uri` (an origin-form path or an absolute URI, query ignored);
 * undefined when the path is not canonical: not starting with `/`, over 8 KiB, a `.` or `..` or
 * empty segment (after decoding), an encoded or raw `/`-alike (`%2F`, `%5C`, `\`), a raw `;`
 * (servlet containers strip `;params` from segments), characters
 * outside visible ASCII, or invalid percent-encoding / UTF-8. `/` is the empty list.
 */
export function canonicalSegments(uri: string): string[] | undefined {
  if (uri.length > MAX_URI_BYTES) return undefined
  let path = uri.replace(ABSOLUTE, '')
  const end = path.search(/[?#]/)
  if (end >= 0) path = path.slice(0, end)
  if (path === '' && uri !== path) path = '/' // `https://host` alone is the root
  if (!path.startsWith('/')) return undefined
  if (path === '/') return []
  const segments: string[] = []
  for (const raw of path.slice(1).split('/')) {
    if (raw === '' || !RAW_SEGMENT.test(raw) || /[\\;]/.test(raw) || ENCODED_SEPARATOR.test(raw)) {
      return undefined
    }
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return undefined // invalid percent-encoding or not UTF-8
    }
    if (segment === '.' || segment === '..') return undefined
    segments.push(segment)
  }
  return segments
}
