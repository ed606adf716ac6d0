/**
 * Where the content lives. `GUIDE_CONTENT_DIR` points the build at another content folder; the
 * tests use it to build fixture sites (a fork, a broken page) with the same engine.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env.GUIDE_CONTENT_DIR ?? 'content');
