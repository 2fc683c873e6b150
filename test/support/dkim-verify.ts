import { createHash, createVerify, KeyObject } from 'node:crypto';

/** The tags of a DKIM-Signature value (`v=1; a=rsa-sha256; …`), whitespace inside b= and bh= removed. */
export function dkimTags(value: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    tags[part.slice(0, eq).trim()] = part.slice(eq + 1).replace(/\s+/g, ['b', 'bh'].includes(part.slice(0, eq).trim()) ? '' : ' ').trim();
  }
  return tags;
}

/** RFC 6376 §3.4.4 relaxed body canonicalization. */
function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.length ? lines.join('\r\n') + '\r\n' : '';
}

/** RFC 6376 §3.4.2 relaxed header canonicalization of one unfolded `Name: value` field. */
function relaxedHeader(field: string): string {
  const colon = field.indexOf(':');
  return `${field.slice(0, colon).trim().toLowerCase()}:${field.slice(colon + 1).replace(/\r\n/g, '').replace(/[ \t]+/g, ' ').trim()}`;
}

/**
 * Verifies the first DKIM-Signature of a raw message (CRLF line ends) against `publicKey`,
 * recomputing as a receiver does (relaxed/relaxed, rsa-sha256): the body hash, then the
 * signature over the signed headers. Returns the tags, or throws saying what failed.
 */
export function verifyDkim(raw: string, publicKey: KeyObject): Record<string, string> {
  const split = raw.indexOf('\r\n\r\n');
  const headerBlock = raw.slice(0, split + 2);
  const body = raw.slice(split + 4);
  const fields = headerBlock.split(/\r\n(?![ \t])/).filter(Boolean);
  const signatureField = fields.find((f) => /^dkim-signature:/i.test(f));
  if (!signatureField) throw new Error('no DKIM-Signature header');
  const tags = dkimTags(signatureField.slice(signatureField.indexOf(':') + 1));
  if (tags.a !== 'rsa-sha256') throw new Error(`unexpected algorithm ${tags.a}`);
  if ((tags.c ?? 'simple/simple') !== 'relaxed/relaxed') throw new Error(`this checker reads relaxed/relaxed only, not ${tags.c}`);
  const bodyHash = createHash('sha256').update(relaxedBody(body)).digest('base64');
  if (bodyHash !== tags.bh) throw new Error(`body hash differs: computed ${bodyHash}, signed ${tags.bh}`);

  // Each name in h= takes the next instance from the bottom; a name with no instance left signs nothing.
  const remaining = fields.filter((f) => f !== signatureField);
  const signed: string[] = [];
  for (const name of tags.h.split(':').map((n) => n.trim().toLowerCase())) {
    for (let i = remaining.length - 1; i >= 0; i--) {
      if (remaining[i].slice(0, remaining[i].indexOf(':')).trim().toLowerCase() === name) {
        signed.push(relaxedHeader(remaining[i]) + '\r\n');
        remaining.splice(i, 1);
        break;
      }
    }
  }
  const withoutB = relaxedHeader(signatureField).replace(/(^|;)(\s*b=)[^;]*/, '$1$2');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(signed.join('') + withoutB);
  if (!verifier.verify(publicKey, Buffer.from(tags.b, 'base64'))) throw new Error('the signature does not verify');
  return tags;
}
