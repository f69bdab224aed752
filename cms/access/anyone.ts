import type { Access } from 'payload'

/** Public: anyone, signed in or not. Used for reading media and files that pages embed. */
export const anyone: Access = () => true
