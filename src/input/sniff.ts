// Media type from the first bytes, not the file name: archives are full of
// misnamed files.

export type InputKind = 'pdf' | 'image' | 'text';

const IMAGE_MAGIC: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

export function sniffMediaType(bytes: Uint8Array): string {
  // PDF header may follow some junk (up to 1 KB is allowed by readers).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'application/pdf';
  for (const [type, magic] of IMAGE_MAGIC) if (startsWith(bytes, magic)) return type;
  // "BM" alone starts many text files: a BMP also states its own length.
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 6 && Buffer.from(bytes.subarray(2, 6)).readUInt32LE(0) === bytes.length) return 'image/bmp';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return 'text/plain';
}

export function kindOf(mediaType: string): InputKind {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.startsWith('image/')) return 'image';
  return 'text';
}
