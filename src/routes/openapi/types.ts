/** @module The parts of an OpenAPI 3.1 document this service writes (plain JSON, typed loosely). */

export type JsonSchema = { readonly [key: string]: unknown }

/** A Reference Object: `{ $ref: '#/components/…' }`. */
export interface Ref {
  readonly $ref: string
}

export interface Header {
  readonly description: string
  readonly required: boolean
  readonly schema: JsonSchema
}

export interface MediaType {
  readonly schema: JsonSchema
}

export interface ResponseObject {
  readonly description: string
  readonly headers?: Readonly<Record<string, Header | Ref>>
  readonly content?: Readonly<Record<string, MediaType>>
  /** The messages a WebSocket sends after this answer (an extension: OpenAPI has no place). */
  readonly 'x-websocket-messages'?: MediaType
}

export interface Parameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header'
  readonly required: boolean
  readonly description?: string
  readonly schema: JsonSchema
}

export interface Operation {
  readonly operationId?: string
  readonly summary: string
  readonly description?: string
  readonly tags: readonly string[]
  readonly security: readonly Readonly<Record<string, readonly string[]>>[]
  readonly parameters?: readonly (Parameter | Ref)[]
  readonly requestBody?: {
    readonly required: boolean
    readonly content: Readonly<Record<string, MediaType>>
  }
  readonly responses: Readonly<Record<string, ResponseObject | Ref>>
  readonly 'x-method-not-allowed'?: true
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const
export type Method = (typeof METHODS)[number]

export type PathItem = { readonly description?: string } & Partial<Record<Method, Operation>>
export type Paths = Record<string, PathItem>
