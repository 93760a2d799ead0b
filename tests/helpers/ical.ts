/**
 * ical.js (a second, independent reader of the .ics export in tests) ships as an ES module with a
 * CommonJS build beside it; tests load that build, typed from the package's own declarations.
 */
import { createRequire } from 'node:module';
import type ICALNamespace from 'ical.js' with { 'resolution-mode': 'import' };

export const ICAL = createRequire(__filename)('ical.js') as typeof ICALNamespace;
