// Astro's generated content types (`astro sync`, run by `npm run typecheck`) and its client types.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../.astro/types.d.ts" />
/// <reference types="astro/client" />
