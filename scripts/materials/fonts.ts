import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'))

/**
 * Be Vietnam Pro (SIL Open Font License), a typeface designed for Vietnamese: every tone mark
 * renders correctly in the handouts, which the PDF standard fonts cannot do.
 */
export const FONTS = {
  regular: path.join(fontDir, '400Regular', 'BeVietnamPro_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold', 'BeVietnamPro_700Bold.ttf'),
  italic: path.join(fontDir, '400Regular_Italic', 'BeVietnamPro_400Regular_Italic.ttf'),
}
