import type { APIRoute, GetStaticPaths } from 'astro'

import { LOCALES } from '../../../cms/lib/locales'
import { catalog, type MediaFile } from '../../lib/catalog'
import { imageVariants, variantBytes, type ImageVariant } from '../../lib/images'

/** Every image variant published pages use (AVIF/WebP at phone widths, SVG as uploaded). */
export const getStaticPaths = (async () => {
  const variants = new Map<string, { media: MediaFile; variant: ImageVariant }>()
  for (const locale of LOCALES) {
    for (const media of (await catalog(locale)).media.values()) {
      for (const variant of imageVariants(media)) variants.set(variant.file, { media, variant })
    }
  }
  return [...variants.values()].map((props) => ({ params: { name: props.variant.file }, props }))
}) satisfies GetStaticPaths

const TYPES = { avif: 'image/avif', webp: 'image/webp', svg: 'image/svg+xml' }

export const GET: APIRoute = async ({ props }) => {
  const { media, variant } = props as { media: MediaFile; variant: ImageVariant }
  return new Response(new Uint8Array(await variantBytes(media, variant)), {
    headers: { 'Content-Type': TYPES[variant.format] },
  })
}
