/** Display masking per GB/T 35273; applied on the server before data leaves it. */

export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return id ?? null;
  if (id.length <= 10) return `${id.slice(0, 2)}${'*'.repeat(Math.max(id.length - 2, 0))}`;
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

export function maskMobile(mobile: string | null | undefined): string | null {
  if (!mobile) return mobile ?? null;
  if (mobile.length < 7) return `${mobile.slice(0, 1)}${'*'.repeat(mobile.length - 1)}`;
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

export function maskName(name: string | null | undefined): string | null {
  if (!name) return name ?? null;
  const chars = [...name];
  if (chars.length === 1) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
}
