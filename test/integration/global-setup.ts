// Builds the worker bundle once for every integration test file.
import { buildBundle, TEST_DIST } from '../harness/authz-worker'

export default function setup() {
  buildBundle(TEST_DIST)
}
