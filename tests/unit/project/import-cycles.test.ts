/**
 * The import graph of src/ has no cycle: a module's dependencies never lead back to it. Read from
 * the files as text (every import and re-export with a relative path), so it needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const SRC = resolve(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports (types included: a cycle of types still ties the modules). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1] ?? m[2] ?? '');
  return specs.filter((s) => /\.tsx?$/.test(s)).map((s) => resolve(dirname(file), s));
}

/** Every cycle found by a depth-first walk, each as the list of files around it. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  it('finds a cycle when there is one', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no cycle', () => {
    const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));
    const named = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    expect(named).toEqual([]);
  });
});
