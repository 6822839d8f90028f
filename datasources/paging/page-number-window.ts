/**
 * Reads the window [offset, offset + limit) from a vendor that pages by page number and size
 * (BetterCloud `page`/`per_page`, Snow `page_number`/`page_size`) in as few calls as the dialect allows:
 * one call when the window lines up with a page of size `limit` (sequential paging), else the covering pages.
 */
export async function pageNumberWindow<T>(
  offset: number,
  limit: number,
  maxPageSize: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
): Promise<{ items: T[]; total: number }> {
  if (offset % limit === 0 && limit <= maxPageSize) return fetchPage(offset / limit + 1, limit);
  const size = Math.min(maxPageSize, Math.max(limit, 1));
  const firstPage = Math.floor(offset / size) + 1;
  const lastPage = Math.floor((offset + limit - 1) / size) + 1;
  const pages = await Promise.all(
    Array.from({ length: lastPage - firstPage + 1 }, (_, i) => fetchPage(firstPage + i, size)),
  );
  const items = pages.flatMap((p) => p.items);
  const skip = offset - (firstPage - 1) * size;
  return { items: items.slice(skip, skip + limit), total: pages[0]?.total ?? 0 };
}

/**
 * Hands each page's items to `take` as the page arrives (the first page, then the rest in parallel,
 * so in any order; `index` is the page's place in the list). Nothing is gathered: a walk of a whole
 * list holds only the pages in flight and what `take` keeps.
 */
export type PageTaker<T> = (items: T[], index: number) => void | Promise<void>;

/**
 * How many pages a walk has fetched but `take` has not finished with, at most: the next page is
 * asked for when one is taken, so a slow `take` (writing to the shared index) slows the reading
 * instead of letting pages pile up. Well above what one vendor answers at once in the simulators,
 * and the walk's longest chain is Atlassian's cursor, one page at a time, anyway.
 */
export const WALK_PAGES_IN_FLIGHT = 16;

/** Runs `job(0 .. count-1)`, at most `window` at a time; the first failure stops the rest. */
async function inWindow(count: number, window: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < count) {
      const i = next++;
      try {
        await job(i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, count) }, worker));
}

/** Every page of a page-number-paged list, fetching the first page then the rest in parallel. */
export async function eachPageByNumber<T>(
  pageSize: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  take: PageTaker<T>,
  window = Infinity,
): Promise<void> {
  const first = await fetchPage(1, pageSize);
  const pageCount = Math.ceil(first.total / pageSize);
  await take(first.items, 0);
  await inWindow(Math.max(0, pageCount - 1), window, async (i) =>
    take((await fetchPage(i + 2, pageSize)).items, i + 1),
  );
}

/** Every page of a skip/limit list (JumpCloud `skip`/`limit`, SCIM `startIndex`/`count`), as `eachPageByNumber`. */
export async function eachPageByOffset<T>(
  pageSize: number,
  fetchWindow: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
  take: PageTaker<T>,
  window = Infinity,
): Promise<void> {
  const first = await fetchWindow(0, pageSize);
  await take(first.items, 0);
  const offsets: number[] = [];
  for (let o = pageSize; o < first.total; o += pageSize) offsets.push(o);
  await inWindow(offsets.length, window, async (i) =>
    take((await fetchWindow(offsets[i], pageSize)).items, i + 1),
  );
}

/** Every item of a list read page by page with `each` (one of the above), in list order. */
export async function gatherPages<T>(each: (take: PageTaker<T>) => Promise<void>): Promise<T[]> {
  const pages: T[][] = [];
  await each((items, index) => {
    pages[index] = items;
  });
  return pages.flat();
}

/** Every item of a page-number-paged list, fetching the first page then the rest in parallel. */
export function allPagesByNumber<T>(
  pageSize: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  return gatherPages((take) => eachPageByNumber(pageSize, fetchPage, take));
}

/** Every item of a skip/limit list (JumpCloud `skip`/`limit`, SCIM `startIndex`/`count`). */
export function allPagesByOffset<T>(
  pageSize: number,
  fetchWindow: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  return gatherPages((take) => eachPageByOffset(pageSize, fetchWindow, take));
}

/**
 * Reads the window [offset, offset + limit) from a vendor that pages by offset and size (JumpCloud
 * `skip`/`limit`, SCIM `startIndex`/`count`): one call when it fits in one page, else one call per
 * `maxPageSize` items, in parallel.
 */
export async function offsetWindow<T>(
  offset: number,
  limit: number,
  maxPageSize: number,
  fetchWindow: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
): Promise<{ items: T[]; total: number }> {
  if (limit <= maxPageSize) return fetchWindow(offset, limit);
  const starts: number[] = [];
  for (let start = offset; start < offset + limit; start += maxPageSize) starts.push(start);
  const pages = await Promise.all(
    starts.map((start) => fetchWindow(start, Math.min(maxPageSize, offset + limit - start))),
  );
  return { items: pages.flatMap((p) => p.items), total: pages[0]?.total ?? 0 };
}
