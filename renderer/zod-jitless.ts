/**
 * Zod compiles fast object parsers with `new Function`, probing for it when each object schema is
 * built. The CSP forbids eval, so the probe alone logs a violation. This module must be imported
 * before anything that builds a schema (main.tsx imports it first).
 */
import { z } from 'zod';

z.config({ jitless: true });
