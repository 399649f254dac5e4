import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run docs`: the README's screenshots (tests/docs), from the built extension. Not part of `npm test`.
export default defineConfig({ ...base, testDir: 'tests/docs' });
