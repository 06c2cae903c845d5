// The typed client's types, generated from the OpenAPI document with openapi-typescript.
// `npm run client:types` writes them; a test fails when the checked-in file drifts from the
// document the worker serves.
import { writeFileSync } from 'node:fs'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { format } from 'prettier'
import { openApiDocument } from '../src/routes/openapi'

export const CLIENT_TYPES_FILE = 'clients/ts/src/generated/openapi.ts'

const HEADER = `// Generated from /openapi.json by \`npm run client:types\` (openapi-typescript). Do not edit.\n`

/** The TypeScript the document generates, formatted like the rest of the repo. */
export async function generateClientTypes(document: object = openApiDocument()): Promise<string> {
  const source = HEADER + astToString(await openapiTS(document as OpenAPI3, { immutable: true }))
  return format(source, { parser: 'typescript', semi: false, singleQuote: true, printWidth: 100 })
}

if (process.argv[1]?.endsWith('client-types.ts')) {
  writeFileSync(CLIENT_TYPES_FILE, await generateClientTypes())
  console.log(`wrote ${CLIENT_TYPES_FILE}`)
}
