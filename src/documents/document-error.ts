/** A document that cannot be read; `reason` completes "… could not be read: <reason>". */
export class DocumentError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
