import { join } from 'node:path';

/**
 * A value made on its first use: the channel preview's host when a preview opens, a bundle of
 * dist/ when its code is first needed. `peek` looks without making it.
 */
export class Lazy<T> {
  private made: { readonly value: T } | undefined;

  constructor(private readonly make: () => T) {}

  get(): T {
    this.made ??= { value: this.make() };
    return this.made.value;
  }

  peek(): T | undefined {
    return this.made?.value;
  }
}

/**
 * Loads a bundle that esbuild.js builds on its own into dist/ (beside the entry bundle), so that
 * its code is neither parsed nor run until it is needed; says how long the `require` took.
 * The path is computed, so esbuild leaves this `require` to Node instead of bundling the file in.
 */
export function requireBundle<T>(distDir: string, name: string): { readonly module: T; readonly ms: number } {
  const started = performance.now();
  const module = require(join(distDir, name)) as T;
  return { module, ms: performance.now() - started };
}
