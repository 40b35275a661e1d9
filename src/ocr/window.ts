// Run fn(0..n-1) with at most `width` calls in flight, yielding results in
// order. With one OCR worker this is plain sequential; with more, page n+1 is
// read while page n is still in OCR, and memory stays bounded by `width`.
export async function* ordered<T>(n: number, width: number, fn: (i: number) => Promise<T>): AsyncGenerator<T> {
  const inFlight: Promise<T>[] = [];
  let next = 0;
  while (next < n || inFlight.length) {
    while (next < n && inFlight.length < Math.max(1, width)) {
      const p = fn(next++);
      p.catch(() => undefined); // awaited below, in order
      inFlight.push(p);
    }
    yield await inFlight.shift()!;
  }
}
