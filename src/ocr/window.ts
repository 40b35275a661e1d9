// Run fn(0..n-1) with at most `width` calls in flight, yielding results in
// order; memory stays bounded by `width` pages. The stages pass one more than
// their OCR workers, so page n+1 is drawn while page n is in OCR.
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
