import { describe, expect, it } from 'vitest';
import { allOf, type QueryState } from '../../../src/data/use-query.ts';

const ready = <T>(rows: T[], stale = false): QueryState<T> => (stale ? { status: 'ready', rows, stale: true } : { status: 'ready', rows });

describe('allOf', () => {
  it('is ready with every answer, in order, when all are in', () => {
    expect(allOf<[number, string]>(ready([1]), ready(['a']))).toEqual({ status: 'ready', value: [[1], ['a']] });
  });
  it('is stale when any answer is the last question’s, so a title or a print waits for the new one', () => {
    expect(allOf<[number, string]>(ready([1]), ready(['a'], true))).toEqual({ status: 'ready', value: [[1], ['a']], stale: true });
  });
  it('gives the first state that is not ready', () => {
    const error = new Error('x');
    expect(allOf<[number, number]>({ status: 'loading' }, { status: 'error', error })).toEqual({ status: 'loading' });
    expect(allOf<[number, number]>(ready([1]), { status: 'error', error })).toEqual({ status: 'error', error });
    expect(allOf<[number, number]>(ready([1]), { status: 'loading' })).toEqual({ status: 'loading' });
  });
});
