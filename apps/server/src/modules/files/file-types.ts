/** Allowed uploads, recognised by their first bytes, never by the name or the browser's claim. */
const SIGNATURES: { mime: string; extensions: string[]; magic: number[] }[] = [
  { mime: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  { mime: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { mime: 'application/msword', extensions: ['doc'], magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], magic: [0xd0, 0xcf, 0x11, 0xe0] },
];

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function detectFileType(name: string, head: Buffer): string | null {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const match = SIGNATURES.find((s) => s.extensions.includes(extension) && s.magic.every((byte, i) => head[i] === byte));
  return match?.mime ?? null;
}
