import { describe, expect, it } from 'vitest';
import {
  eachPageByNumber,
  eachPageByOffset,
  gatherPages,
} from '../../../datasources/paging/page-number-window.js';

/**
 * A walk's pages handed over as they arrive: every page once with its place in the list, at most
 * `window` pages fetched and not yet taken (a slow taker slows the reading), and no page asked for
 * after one failed.
 */

const TOTAL = 95;
const PAGE = 10;
const items = Array.from({ length: TOTAL }, (_, i) => i);

function pagedList() {
  const asked: number[] = [];
  let notTaken = 0;
  let mostNotTaken = 0;
  const fetchPage = async (pageNumber: number, pageSize: number) => {
    asked.push(pageNumber);
    await new Promise((resolve) => setTimeout(resolve, 1 + (pageNumber % 3)));
    notTaken++;
    mostNotTaken = Math.max(mostNotTaken, notTaken);
    return { items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize), total: TOTAL };
  };
  const taken = () => {
    notTaken--;
  };
  return { fetchPage, taken, asked, mostNotTaken: () => mostNotTaken };
}

describe('each page of a list', () => {
  it('hands every page over once, with its index, never more than the window ahead of the taker', async () => {
    const list = pagedList();
    const pages: number[][] = [];
    await eachPageByNumber(
      PAGE,
      list.fetchPage,
      async (page, index) => {
        await new Promise((resolve) => setTimeout(resolve, 3)); // a taker slower than the vendor
        pages[index] = page;
        list.taken();
      },
      3,
    );
    expect(pages.flat()).toEqual(items);
    expect(list.asked.sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(list.mostNotTaken()).toBeLessThanOrEqual(3);
  });

  it('asks for no page after one failed', async () => {
    const list = pagedList();
    const failing = async (pageNumber: number, pageSize: number) => {
      if (pageNumber === 3) throw new Error('vendor down');
      return list.fetchPage(pageNumber, pageSize);
    };
    await expect(eachPageByNumber(PAGE, failing, () => list.taken(), 2)).rejects.toThrow('vendor down');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(list.asked.length).toBeLessThan(6);
  });

  it('gathers a whole list in order, by page number or by offset', async () => {
    const byNumber = pagedList();
    expect(await gatherPages<number>((take) => eachPageByNumber(PAGE, byNumber.fetchPage, take))).toEqual(
      items,
    );
    const byOffset = (offset: number, limit: number) =>
      Promise.resolve({ items: items.slice(offset, offset + limit), total: TOTAL });
    expect(await gatherPages<number>((take) => eachPageByOffset(PAGE, byOffset, take, 4))).toEqual(items);
  });
});
