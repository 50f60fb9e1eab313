// Bounds-checked reads of a .doc's streams: every offset the file gives is checked against the
// stream it points into, and a bad one is corruption (DocError), never a read past the end.

export class DocError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'encrypted' | 'old-version' | 'too-large',
    detail: string,
  ) {
    super(detail)
  }
}

/** Little-endian reads of one stream, each checked against its length. */
export class Reader {
  private readonly view: DataView
  constructor(
    readonly bytes: Uint8Array,
    readonly what: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  check(at: number, n: number): void {
    if (!Number.isInteger(at) || at < 0 || at + n > this.bytes.length) throw new DocError('corrupt', `${this.what} @${at}`)
  }
  u8(at: number): number {
    this.check(at, 1)
    return this.bytes[at]
  }
  u16(at: number): number {
    this.check(at, 2)
    return this.view.getUint16(at, true)
  }
  u32(at: number): number {
    this.check(at, 4)
    return this.view.getUint32(at, true)
  }
  i32(at: number): number {
    this.check(at, 4)
    return this.view.getInt32(at, true)
  }
  slice(at: number, n: number): Uint8Array {
    this.check(at, n)
    return this.bytes.subarray(at, at + n)
  }
}
