/**
 * The one home of the journey maps unit tests build (tests/unit/** and src/**\/*.test.ts*):
 * `buildMap` + `card` / `lane` / `phase` for a map made to measure, named maps shared by
 * several tests (`gridMap`, `richMap`, `bigMap`), and maps from the app's own factories
 * (`sampleMap`, `blankMap`, `everyKindMap`).
 */
export * from './buildMap';
export * from './domainMaps';
export * from './maps';
export * from './planMaps';
