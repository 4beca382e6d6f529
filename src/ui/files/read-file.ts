import { type InvalidEntry, refuseBySize } from '../../classroom';
import { decodeText } from '../../scenario/decode';

export type ReadResult =
  | { readonly ok: true; readonly name: string; readonly text: string }
  | { readonly ok: false; readonly refusal: InvalidEntry };

/**
 * Reads a chosen or dropped file as text, refusing it by its size first: a
 * 2 GB file dropped by mistake must not be pulled into memory to be told so.
 */
export async function readTextFile(file: File): Promise<ReadResult> {
  const tooBig = refuseBySize(file.name, file.size);
  if (tooBig) return { ok: false, refusal: tooBig };
  try {
    return {
      ok: true,
      name: file.name,
      text: decodeText(new Uint8Array(await file.arrayBuffer())),
    };
  } catch {
    return {
      ok: false,
      refusal: {
        status: 'invalid',
        file: file.name,
        code: 'unreadable',
        reason: 'the browser could not read the file',
      },
    };
  }
}
