/**
 * JSON text already serialised, typed by the value it encodes, so an answer assembled from
 * stored canonical JSON still names the schema it must meet.
 */
export type JsonText<T> = string & { readonly __encodes: T };

/** The same as bytes: an answer kept to be sent again is held encoded once. */
export type JsonBytes<T> = Uint8Array & { readonly __encodes: T };
