/**
 * Checks, in the browser, what the server sends about a secondment's decisions: the checkpoint's
 * Ed25519 signature (the signed text of docs/tamper-evidence.md) with the server's public key, and
 * each decision's RFC 9162 inclusion proof (§2.1.3.2) against that checkpoint's root. WebCrypto only:
 * where it is missing (a page not served over HTTPS or from localhost) nothing is claimed.
 */
const subtle = globalThis.crypto?.subtle;

const fromHex = (hex) => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const sha256 = async (bytes) => new Uint8Array(await subtle.digest('SHA-256', bytes));
const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const nodeHash = (left, right) => sha256(concat(Uint8Array.of(1), left, right));

export const canVerify = () => subtle !== undefined;

/** RFC 9162 §2.1.3.2, the leaf being SHA-256(0x00 ‖ the event's 32-byte hash). */
export async function inclusionHolds({ leafIndex, treeSize, eventHash, proof }, rootHash) {
  if (!(leafIndex >= 0 && leafIndex < treeSize)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = await sha256(concat(Uint8Array.of(0), fromHex(eventHash)));
  for (const hex of proof) {
    const p = fromHex(hex);
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, fromHex(rootHash));
}

/** true / false, or null when this browser cannot check Ed25519 signatures. */
export async function signatureHolds(checkpoint, publicKeyPem) {
  const der = Uint8Array.from(atob(publicKeyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  let key;
  try {
    key = await subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return null;
  }
  const text = `docket-checkpoint/v1\n${checkpoint.treeSize}\n${checkpoint.rootHash}\n${checkpoint.issuedAt}\n`;
  const signature = Uint8Array.from(atob(checkpoint.signature), (c) => c.charCodeAt(0));
  return subtle.verify({ name: 'Ed25519' }, key, signature, new TextEncoder().encode(text));
}
