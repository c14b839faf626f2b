/**
 * Work over many files, a batch at a time. Starting it all at once holds every file's contents
 * and every step's garbage together: for 10,000 merchants, hundreds of MB that Node then keeps.
 */

/** Maps `items` in order, with at most `size` calls of `map` running at once. */
export async function mapInBatches<T, R>(items: readonly T[], size: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let from = 0; from < items.length; from += size) {
    results.push(...(await Promise.all(items.slice(from, from + size).map(map))));
  }
  return results;
}
