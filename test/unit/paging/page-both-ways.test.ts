import { describe, expect, it } from 'vitest';
import {
  connectionFromArray,
  connectionFromOffsetFetch,
  connectionFromVendorCursor,
} from '../../../datasources/paging/connection.js';
import { pageByKey } from '../../../datasources/paging/keyset.js';
import { pageWindow } from '../../../datasources/paging/page-window.js';

const letters = [...'abcdefghijklmnopqrstuvwxy'];
const names = (page: { edges: { node: string }[] }) => page.edges.map((e) => e.node).join('');

describe('pageWindow (Relay: after/before narrow, then first keeps the head or last the tail)', () => {
  it('takes the head, the tail, and the tail before a cursor', () => {
    expect(pageWindow(25, { from: 0, to: 25 }, { first: 10 })).toEqual({
      start: 0,
      end: 10,
      hasPreviousPage: false,
      hasNextPage: true,
    });
    expect(pageWindow(25, { from: 0, to: 25 }, { first: 20, last: 5 })).toEqual({
      start: 20,
      end: 25,
      hasPreviousPage: true,
      hasNextPage: false,
    });
    expect(pageWindow(25, { from: 3, to: 6 }, { last: 10 })).toEqual({
      start: 3,
      end: 6,
      hasPreviousPage: true,
      hasNextPage: true,
    });
  });

  it('refuses a `last` outside 1 to 100 as BAD_USER_INPUT naming `last`', () => {
    expect(() => pageWindow(25, { from: 0, to: 25 }, { last: 0 })).toThrow(
      /`last` must be between 1 and 100/,
    );
    expect(() => pageWindow(25, { from: 0, to: 25 }, { last: 101 })).toThrow(/`last`/);
  });
});

describe('connections that page back', () => {
  it('walks an in-memory list forward, then back from the end to the start, each item once', () => {
    type Page = ReturnType<typeof connectionFromArray<string>>;
    /** Every page from `read(null)`, each next one asked with the cursor `next` picks, while `more` says so. */
    const walk = (
      read: (cursor: string | null) => Page,
      more: (p: Page) => boolean,
      next: (p: Page) => string | null,
    ) => {
      const seen: string[] = [];
      for (let page = read(null); ; page = read(next(page))) {
        seen.push(names(page));
        if (!more(page)) return seen;
      }
    };
    expect(
      walk(
        (after) => connectionFromArray(letters, { first: 10, after }),
        (p) => p.pageInfo.hasNextPage,
        (p) => p.pageInfo.endCursor,
      ),
    ).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxy']);
    expect(
      walk(
        (before) => connectionFromArray(letters, { last: 10, before }),
        (p) => p.pageInfo.hasPreviousPage,
        (p) => p.pageInfo.startCursor,
      ),
    ).toEqual(['pqrstuvwxy', 'fghijklmno', 'abcde']);
  });

  it('asks an offset-paged vendor for the window before a cursor, and refuses a cursor from another scope', async () => {
    const asked: [number, number][] = [];
    const fetchWindow = async (offset: number, limit: number) => {
      asked.push([offset, limit]);
      return { items: letters.slice(offset, offset + limit), total: letters.length };
    };
    const second = await connectionFromOffsetFetch({ first: 10, after: null }, fetchWindow, { sort: 'name' });
    const third = await connectionFromOffsetFetch(
      { first: 10, after: second.pageInfo.endCursor },
      fetchWindow,
      { sort: 'name' },
    );
    asked.length = 0;
    const back = await connectionFromOffsetFetch(
      { last: 4, before: third.pageInfo.startCursor },
      fetchWindow,
      {
        sort: 'name',
      },
    );
    expect(names(back)).toBe('ghij');
    expect(asked).toEqual([[6, 4]]);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    await expect(
      connectionFromOffsetFetch({ last: 4, before: third.pageInfo.startCursor }, fetchWindow, {
        sort: 'other',
      }),
    ).rejects.toThrow(/`before` comes from this list under another filter or sort/);
    // `last` alone counts back from the vendor's total.
    expect(names(await connectionFromOffsetFetch({ last: 3 }, fetchWindow, { sort: 'name' }))).toBe('wxy');
  });

  it('refuses last/before on a list paged by a forward-only vendor cursor, before calling the vendor', async () => {
    let calls = 0;
    const fetchPage = async () => {
      calls++;
      return { items: letters, nextCursor: undefined };
    };
    await expect(connectionFromVendorCursor('ATLASSIAN', { last: 5 }, fetchPage)).rejects.toThrow(
      /pages forward only/,
    );
    expect(calls).toBe(0);
    const page = await connectionFromVendorCursor('ATLASSIAN', { first: 5 }, fetchPage);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
  });

  it('pages a keyset list (the governance answers) back from a cursor, under its own scope only', () => {
    const sorted = [...letters];
    const second = pageByKey(sorted, (k) => k, {
      first: 5,
      after: pageByKey(sorted, (k) => k, { first: 5, scope: 's' }).pageInfo.endCursor,
      scope: 's',
    });
    expect(names(second)).toBe('fghij');
    const back = pageByKey(sorted, (k) => k, {
      first: 20,
      last: 3,
      before: second.pageInfo.startCursor,
      scope: 's',
    });
    expect(names(back)).toBe('cde');
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(() =>
      pageByKey(sorted, (k) => k, { first: 5, before: second.pageInfo.startCursor, scope: 'other' }),
    ).toThrow(/`before` comes from this list under another filter/);
  });
});
