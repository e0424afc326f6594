// Placeholder: utf-8 only until the encoding stage lands.
export function decodeBody(bytes: Uint8Array, _contentType?: string): string {
  return new TextDecoder('utf-8').decode(bytes);
}
