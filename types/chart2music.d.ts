// chart2music 1.20.0 ships its types (dist/index.d.ts) but its package's `exports` do not name
// them, so TypeScript cannot find them from the module's name: the one import of it
// (components/chart-sound.tsx) reads them by their path instead.
declare module 'chart2music';
