import sharp from 'sharp'

/** An upload as the Local API takes it. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

const upload = (data: Buffer, name: string, mimetype: string): UploadFile => ({
  data,
  name,
  mimetype,
  size: data.length,
})

/** A real PNG of the given size, drawn by sharp. */
export async function pngFile(name = 'so-do.png', width = 1600, height = 900): Promise<UploadFile> {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 120, b: 80 } },
  })
    .png()
    .toBuffer()
  return upload(data, name, 'image/png')
}

/** The smallest well-formed PDF: header, one empty page, cross-reference table and trailer. */
export function pdfFile(name = 'tai-lieu.pdf'): UploadFile {
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object) => {
    const offset = body.length
    body += object
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return upload(Buffer.from(body, 'latin1'), name, 'application/pdf')
}

export function csvFile(name = 'so-lieu.csv'): UploadFile {
  return upload(Buffer.from('chỉ số,trước,sau\nkWh/t,420,390\n', 'utf8'), name, 'text/csv')
}

/** A Windows executable renamed to look like a PDF. */
export function executableNamedPdf(): UploadFile {
  const data = Buffer.alloc(512)
  data.write('MZ', 0, 'latin1')
  data.write('This program cannot be run in DOS mode.', 78, 'latin1')
  return upload(data, 'bao-cao.pdf', 'application/pdf')
}

/** An SVG that would run script in a reader's browser. */
export function hostileSvg(): UploadFile {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
  return upload(Buffer.from(svg, 'utf8'), 'bieu-do.svg', 'image/svg+xml')
}

/** A clean, hand-drawn SVG like those in content/media. */
export function cleanSvg(): UploadFile {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><rect width="100" height="40" fill="#1e7850"/><text x="8" y="25" font-family="system-ui, sans-serif" fill="#fff">Sấy</text></svg>'
  return upload(Buffer.from(svg, 'utf8'), 'so-do-say.svg', 'image/svg+xml')
}
