/**
 * The benchmark's engine page: DuckDB-WASM beside Arquero, the same questions asked of both, at
 * seed scale (the app's own database on the committed CSVs, seed.ts) and at scale (a DuckDB of its
 * own on bench/tmp/scale-*, scale.ts). Exposes `window.bench`; engine-bench.ts drives it.
 */
import { scaleCsvLoad, scaleDrop, scaleLoad, scalePreAggregate, scaleQueries, scaleStore } from './scale.ts';
import { seedQueries, seedReady } from './seed.ts';

const bench = { seedReady, seedQueries, scaleCsvLoad, scaleLoad, scaleStore, scalePreAggregate, scaleQueries, scaleDrop };

/** What the page offers the driver. */
export type EngineBench = typeof bench;

(window as unknown as { bench: EngineBench }).bench = bench;
document.getElementById('status')?.setAttribute('data-ready', 'true');
