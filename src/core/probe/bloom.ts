/**
 * A fixed-size Bloom filter over strings. Its size does not depend on how many names, aliases
 * or languages the dataset has, so the probe costs the same on every page whatever the data;
 * a larger dataset only raises the rate of "maybe" answers, which cost a wasted full scan,
 * never a missed name.
 */

/** 2^15 bits: 4 KB in the bundle, a false-positive rate near 10^-5 per word for ~1,000 keys. */
export const BLOOM_BITS = 1 << 15;
const BLOOM_HASHES = 6;

/** Two independent 32-bit FNV-1a hashes; the k probes are h1 + i·h2 (Kirsch–Mitzenmacher). */
function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

export function bloomAdd(bits: Uint8Array, key: string): void {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < BLOOM_HASHES; i++) {
    const bit = (h1 + Math.imul(i, h2)) & (BLOOM_BITS - 1);
    bits[bit >>> 3]! |= 1 << (bit & 7);
  }
}

export function bloomHas(bits: Uint8Array, key: string): boolean {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < BLOOM_HASHES; i++) {
    const bit = (h1 + Math.imul(i, h2)) & (BLOOM_BITS - 1);
    if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

export function emptyBloom(): Uint8Array {
  return new Uint8Array(BLOOM_BITS / 8);
}

/** The filter from the base64 text the build writes into the probe's bundle. */
export function decodeProbeIndex(base64: string): Uint8Array {
  const binary = atob(base64);
  const bits = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return bits;
}
