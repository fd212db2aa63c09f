/** The digests bundlelint computes, by their `node:crypto` names. */
export type DigestName = 'md5' | 'sha1' | 'sha256';
export type Digests = Readonly<Partial<Record<DigestName, string>>>;
