// Builds the worker bundle once for every integration test file.
import { buildBundle } from '../harness/authz-worker'

export default function setup() {
  buildBundle('.test-dist/authz')
}
