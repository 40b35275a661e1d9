// Shared CLI helpers: read an input argument (a path or '-' for stdin).
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function inputArg(file: string): Promise<string | { path: string; bytes: Buffer }> {
  return file === '-' ? { path: '<stdin>', bytes: await readStdin() } : file;
}
