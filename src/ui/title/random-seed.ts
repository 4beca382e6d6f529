/** Letters and digits a child reads aloud without confusion (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A short seed to read out in class. `fill` is crypto.getRandomValues in the
 * browser: the UI may use real randomness, the engine never does.
 */
export function randomSeed(fill: (bytes: Uint8Array<ArrayBuffer>) => unknown, length = 6): string {
  const bytes = new Uint8Array(length);
  fill(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}
